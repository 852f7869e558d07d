package org.skillpass.subsidy.web;

import jakarta.inject.Inject;
import org.primefaces.model.file.UploadedFile;
import org.skillpass.identity.application.CurrentCaller;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.web.Messages;
import org.skillpass.subsidy.application.ClaimService;
import org.skillpass.subsidy.application.PayoutAccounts;
import org.skillpass.subsidy.domain.Refusal;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An organisation files claims on its learners' behalf for one class or assessment session ({@code id}): every
 * learner's prospective claim with amount and rule results, the learners' signed 代为申请 agreement uploaded once
 * for those it covers, the organisation's payout account, then the chosen learners' claims submitted at once.
 * Subclasses say which classes or sessions there are, what a preview shows and how the chosen are filed.
 */
public abstract class OnBehalfFilingBean implements Serializable {

    @Inject
    protected transient ClaimService claims;

    @Inject
    transient PayoutAccounts accounts;

    @Inject
    protected CurrentCaller caller;

    protected Long id;
    private transient List<ClaimService.ClassLine> lines;
    private final Map<Long, Boolean> selected = new HashMap<>();
    private transient UploadedFile agreement;
    private LocalDate signedOn = LocalDate.now();
    private PayoutAccounts.Account account;
    private String accountName;
    private String bankName;
    private String accountNumber;
    private List<String> outcome = List.of();

    /** The classes or sessions the caller may file for (kept for the page's picker and title). */
    protected abstract void loadChoices();

    /** Every learner's prospective claim for {@link #id}. */
    protected abstract List<ClaimService.ClassLine> preview();

    /** Files the claims of the chosen learners for {@link #id}. */
    protected abstract ClaimService.ClassFiling fileFor(List<Long> chosen);

    /** f:viewAction */
    public void load() {
        try {
            loadChoices();
            account = caller.get().organisationId() == null ? null : accounts.ofOrganisation(caller.get().organisationId()).orElse(null);
            if (id != null) {
                refresh();
            }
        } catch (DomainException e) {
            Messages.error(null, e);
            id = null;
        }
    }

    public void refresh() {
        lines = preview();
        selected.clear();
        for (ClaimService.ClassLine l : lines) {
            selected.put(l.workerAccountId(), l.fileable());
        }
    }

    public List<ClaimService.ClassLine> getLines() {
        if (lines == null && id != null) {
            refresh();
        }
        return lines == null ? List.of() : lines;
    }

    private List<Long> chosen() {
        return selected.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue())).map(Map.Entry::getKey).sorted().toList();
    }

    /** An agreement covers the ticked learners, or every learner when none is ticked. */
    private List<Long> chosenOrAll() {
        List<Long> c = chosen();
        return c.isEmpty() ? getLines().stream().map(ClaimService.ClassLine::workerAccountId).toList() : c;
    }

    public void recordAgreement() {
        try {
            List<Long> covered = chosenOrAll();
            claims.recordAgreements(caller.get(), covered, signedOn, agreement == null ? null : agreement.getFileName(),
                    agreement == null ? null : agreement.getContent());
            Messages.info("subsidy.agreement.recorded", covered.size());
            refresh();
        } catch (DomainException e) {
            Messages.error("agreementForm", e);
        }
    }

    public void saveAccount() {
        try {
            account = accounts.setForOrganisation(caller.get(), accountName, bankName, accountNumber);
            accountNumber = null;
            Messages.info("subsidy.account.saved");
            refresh();
        } catch (DomainException e) {
            Messages.error("accountForm", e);
        }
    }

    public void file() {
        try {
            ClaimService.ClassFiling f = fileFor(chosen());
            Map<Long, String> names = new HashMap<>();
            getLines().forEach(l -> names.put(l.workerAccountId(), l.name()));
            List<String> out = new ArrayList<>();
            f.refused().forEach((w, rs) -> {
                for (Refusal r : rs) {
                    out.add(names.get(w) + ": " + Messages.text(r.messageKey(), r.args()));
                }
            });
            f.problems().forEach((w, e) -> out.add(names.get(w) + ": " + Messages.text(e.messageKey(), e.args())));
            outcome = out;
            Messages.info("subsidy.class.filed", f.filed().size());
            refresh();
        } catch (DomainException e) {
            Messages.error("lines", e);
        }
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Map<Long, Boolean> getSelected() { return selected; }
    public UploadedFile getAgreement() { return agreement; }
    public void setAgreement(UploadedFile agreement) { this.agreement = agreement; }
    public LocalDate getSignedOn() { return signedOn; }
    public void setSignedOn(LocalDate signedOn) { this.signedOn = signedOn; }
    public PayoutAccounts.Account getAccount() { return account; }
    public String getAccountName() { return accountName; }
    public void setAccountName(String accountName) { this.accountName = accountName; }
    public String getBankName() { return bankName; }
    public void setBankName(String bankName) { this.bankName = bankName; }
    public String getAccountNumber() { return accountNumber; }
    public void setAccountNumber(String accountNumber) { this.accountNumber = accountNumber; }
    public List<String> getOutcome() { return outcome; }
}
