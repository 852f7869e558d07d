package org.skillpass.subsidy.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.skillpass.enrolment.domain.LearnerCategory;
import org.skillpass.enrolment.domain.LearnerStatus;
import org.skillpass.identity.application.CurrentCaller;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.web.Messages;
import org.skillpass.subsidy.application.ClaimRefusedException;
import org.skillpass.subsidy.application.ClaimService;
import org.skillpass.subsidy.application.PayoutAccounts;
import org.skillpass.subsidy.domain.ClaimType;
import org.skillpass.subsidy.domain.Refusal;
import org.skillpass.subsidy.domain.SubsidyClaim;

import java.io.Serializable;
import java.util.List;

/**
 * subsidy/new.xhtml?type=&basis=: a worker's claim before it is filed — the evidence the system holds,
 * the amount with its explanation, every rule's result — then submitted (or kept as a draft). A learner
 * without a class (an assessment on its own) declares the category and status they had at the time.
 */
@Named
@ViewScoped
public class NewClaimBean implements Serializable {

    @Inject
    transient ClaimService claims;

    @Inject
    transient PayoutAccounts accounts;

    @Inject
    CurrentCaller caller;

    private String type;
    private Long basis;
    private String category;
    private String status;
    private transient ClaimService.Preview preview;
    private List<Refusal> refusals = List.of();
    private String accountName;
    private String bankName;
    private String accountNumber;

    /** f:viewAction */
    public void load() {
        refresh();
    }

    public void refresh() {
        preview = null;
        refusals = List.of();
        if (type == null || basis == null) {
            return;
        }
        try {
            preview = claims.preview(caller.get(), caller.get().accountId(), request());
            refusals = preview.refusals();
        } catch (IllegalArgumentException e) {
            Messages.error(null, "subsidy.new.unknown");
        } catch (DomainException e) {
            Messages.error(null, e);
        }
    }

    private ClaimService.Request request() {
        return new ClaimService.Request(ClaimType.valueOf(type), basis, category, status);
    }

    public ClaimService.Preview getPreview() {
        if (preview == null && type != null && basis != null) {
            refresh();
        }
        return preview;
    }

    public String submit() {
        return file(true);
    }

    public String saveDraft() {
        return file(false);
    }

    private String file(boolean submit) {
        try {
            if (getPreview() != null && !getPreview().accountOnFile() && accountNumber != null && !accountNumber.isBlank()) {
                accounts.setForWorker(caller.get(), accountName, bankName, accountNumber);
            }
            SubsidyClaim c = claims.file(caller.get(), caller.get().accountId(), request(), submit);
            Messages.keepForRedirect();
            Messages.info(submit ? "subsidy.new.submitted" : "subsidy.new.drafted", c.reference());
            return "/subsidy/claim?faces-redirect=true&id=" + c.getId();
        } catch (ClaimRefusedException e) {
            refusals = e.refusals();
            Messages.error(null, e);
        } catch (DomainException e) {
            Messages.error("claimForm", e);
            refresh();
        }
        return null;
    }

    public LearnerCategory[] getCategories() {
        return LearnerCategory.values();
    }

    public LearnerStatus[] getStatuses() {
        return LearnerStatus.values();
    }

    public List<Refusal> getRefusals() { return refusals; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public Long getBasis() { return basis; }
    public void setBasis(Long basis) { this.basis = basis; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getAccountName() { return accountName; }
    public void setAccountName(String accountName) { this.accountName = accountName; }
    public String getBankName() { return bankName; }
    public void setBankName(String bankName) { this.bankName = bankName; }
    public String getAccountNumber() { return accountNumber; }
    public void setAccountNumber(String accountNumber) { this.accountNumber = accountNumber; }
}
