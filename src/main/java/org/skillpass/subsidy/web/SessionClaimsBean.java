package org.skillpass.subsidy.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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
 * subsidy/session.xhtml?id=: an assessment body files the assessment subsidy (评价补贴) of a locked session's
 * passed candidates on their behalf — each candidate's claim capped at the fee charged, with its rule
 * results; the candidates' 代为申请 agreement uploaded once; the body's payout account; then submitted.
 */
@Named
@ViewScoped
public class SessionClaimsBean implements Serializable {

    @Inject
    transient ClaimService claims;

    @Inject
    transient PayoutAccounts accounts;

    @Inject
    CurrentCaller caller;

    private Long id;
    private transient List<ClaimService.ClassLine> lines;
    private final Map<Long, Boolean> selected = new HashMap<>();
    private transient UploadedFile agreement;
    private LocalDate signedOn = LocalDate.now();
    private PayoutAccounts.Account account;
    private String accountName;
    private String bankName;
    private String accountNumber;
    private List<String> outcome = List.of();
    private List<ClaimService.SessionSummary> sessions;

    /** f:viewAction */
    public void load() {
        try {
            sessions = claims.lockedSessions(caller.get());
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
        lines = claims.sessionPreview(caller.get(), id);
        selected.clear();
        lines.forEach(l -> selected.put(l.workerAccountId(), l.fileable()));
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

    public void recordAgreement() {
        List<Long> covered = chosen().isEmpty() ? getLines().stream().map(ClaimService.ClassLine::workerAccountId).toList() : chosen();
        try {
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
            ClaimService.ClassFiling f = claims.fileForSession(caller.get(), id, chosen());
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

    public String getTitle() {
        return sessions == null || id == null ? "" : sessions.stream().filter(s -> s.id() == id)
                .map(s -> s.occupation() + " · " + s.heldOn()).findFirst().orElse("");
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
    public List<ClaimService.SessionSummary> getSessions() { return sessions; }
}
