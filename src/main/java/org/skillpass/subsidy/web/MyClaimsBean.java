package org.skillpass.subsidy.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.skillpass.identity.application.CurrentCaller;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.web.Messages;
import org.skillpass.shared.web.ServiceLazyDataModel;
import org.skillpass.subsidy.application.ClaimService;
import org.skillpass.subsidy.application.PayoutAccounts;
import org.skillpass.subsidy.application.ReviewService;

import java.io.Serializable;
import java.util.List;

/**
 * subsidy/mine.xhtml: the worker's claims with their state and, when refused or recovered, the reason;
 * what they can claim now (certificates, completed classes); their payout account.
 */
@Named
@ViewScoped
public class MyClaimsBean implements Serializable {

    @Inject
    transient ReviewService review;

    @Inject
    transient ClaimService claims;

    @Inject
    transient PayoutAccounts accounts;

    @Inject
    CurrentCaller caller;

    private ServiceLazyDataModel<ReviewService.Row> model;
    private List<ClaimService.Claimable> claimable;
    private PayoutAccounts.Account account;
    private boolean editingAccount;
    private String accountName;
    private String bankName;
    private String accountNumber;

    @PostConstruct
    void init() {
        model = new ServiceLazyDataModel<>(r -> review.list(caller.get(), r), row -> String.valueOf(row.id()));
        claimable = claims.claimable(caller.get());
        account = accounts.ofWorker(caller.get().accountId()).orElse(null);
        editingAccount = account == null;
    }

    public void saveAccount() {
        try {
            account = accounts.setForWorker(caller.get(), accountName, bankName, accountNumber);
            editingAccount = false;
            accountNumber = null;
            Messages.info("subsidy.account.saved");
        } catch (DomainException e) {
            Messages.error("account", e);
        }
    }

    public void editAccount() {
        editingAccount = true;
        accountName = account == null ? null : account.accountName();
        bankName = account == null ? null : account.bankName();
    }

    public ServiceLazyDataModel<ReviewService.Row> getModel() { return model; }
    public List<ClaimService.Claimable> getClaimable() { return claimable; }
    public PayoutAccounts.Account getAccount() { return account; }
    public boolean isEditingAccount() { return editingAccount; }
    public String getAccountName() { return accountName; }
    public void setAccountName(String accountName) { this.accountName = accountName; }
    public String getBankName() { return bankName; }
    public void setBankName(String bankName) { this.bankName = bankName; }
    public String getAccountNumber() { return accountNumber; }
    public void setAccountNumber(String accountNumber) { this.accountNumber = accountNumber; }
}
