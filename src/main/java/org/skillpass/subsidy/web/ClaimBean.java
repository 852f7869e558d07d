package org.skillpass.subsidy.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;
import org.skillpass.identity.application.CurrentCaller;
import org.skillpass.identity.domain.Role;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.web.Messages;
import org.skillpass.subsidy.application.ClaimRefusedException;
import org.skillpass.subsidy.application.ClaimService;
import org.skillpass.subsidy.application.ReviewService;
import org.skillpass.subsidy.domain.ClaimState;
import org.skillpass.subsidy.domain.Refusal;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * subsidy/claim.xhtml?id=: one claim on one screen — state, amount and its explanation, the evidence the
 * system holds and the uploads, the rule results at submission (and now, for the reviewer), attendance
 * fraud flags, objections and the history. The filer adds evidence and submits a draft; an HR officer of
 * the region takes it up, approves or rejects it (with the reason), or recovers it later.
 */
@Named
@ViewScoped
public class ClaimBean implements Serializable {

    @Inject
    transient ReviewService review;

    @Inject
    transient ClaimService claims;

    @Inject
    CurrentCaller caller;

    private Long id;
    private transient ReviewService.Detail detail;
    private long version;
    private String reason;
    private BigDecimal recoverAmount;
    private String evidenceKind = ClaimService.EvidenceKind.INVOICE.name();
    private transient UploadedFile file;
    private List<Refusal> refusals = List.of();

    /** f:viewAction */
    public void load() {
        try {
            reload();
        } catch (DomainException e) {
            Messages.error(null, e);
            id = null;
        }
    }

    private void reload() {
        detail = review.detail(caller.get(), id);
        version = detail.claim().getVersion();
    }

    public ReviewService.Detail getDetail() {
        if (detail == null && id != null) {
            reload();
        }
        return detail;
    }

    public boolean isOfficer() {
        return caller.get().has(Role.HR_OFFICER) || caller.get().isAdmin();
    }

    public boolean isFiler() {
        var c = getDetail().claim();
        return c.getPayeeOrganisationId() == null ? caller.get().has(Role.WORKER) && c.getWorkerAccountId().equals(caller.get().accountId())
                : c.getPayeeOrganisationId().equals(caller.get().organisationId());
    }

    public boolean isEvidenceOpen() {
        ClaimState s = getDetail().claim().getState();
        return isFiler() && (s == ClaimState.DRAFT || s == ClaimState.SUBMITTED || s == ClaimState.UNDER_REVIEW);
    }

    public void startReview() {
        act(() -> review.startReview(caller.get(), id, version), "subsidy.review.started");
    }

    public void approve() {
        act(() -> review.approve(caller.get(), id, version), "subsidy.review.approved");
    }

    public void reject() {
        act(() -> review.reject(caller.get(), id, version, reason), "subsidy.review.rejected");
    }

    public void recover() {
        act(() -> review.recover(caller.get(), id, version, recoverAmount, reason), "subsidy.review.recovered");
    }

    public void submitDraft() {
        refusals = List.of();
        try {
            claims.submit(caller.get(), id, version);
            Messages.info("subsidy.new.submitted", getDetail().claim().reference());
        } catch (ClaimRefusedException e) {
            refusals = e.refusals();
            Messages.error(null, e);
        } catch (DomainException e) {
            Messages.error("actions", e);
        }
        reload();
    }

    public void upload() {
        try {
            byte[] content = file == null ? null : file.getContent();
            claims.attach(caller.get(), id, ClaimService.EvidenceKind.valueOf(evidenceKind), file == null ? null : file.getFileName(), content);
            Messages.info("subsidy.evidence.added");
        } catch (DomainException e) {
            Messages.error("evidenceForm", e);
        }
        reload();
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Messages.info(done, getDetail().claim().reference());
            reason = null;
            recoverAmount = null;
        } catch (DomainException e) {
            Messages.error("actions", e);
        }
        reload();
    }

    public ClaimService.EvidenceKind[] getEvidenceKinds() {
        return ClaimService.EvidenceKind.values();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public BigDecimal getRecoverAmount() { return recoverAmount; }
    public void setRecoverAmount(BigDecimal recoverAmount) { this.recoverAmount = recoverAmount; }
    public String getEvidenceKind() { return evidenceKind; }
    public void setEvidenceKind(String evidenceKind) { this.evidenceKind = evidenceKind; }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
    public List<Refusal> getRefusals() { return refusals; }
}
