package org.skillpass.subsidy.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;
import org.primefaces.model.file.UploadedFiles;
import org.skillpass.identity.application.CurrentCaller;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.web.Messages;
import org.skillpass.subsidy.application.ResultsService;
import org.skillpass.subsidy.domain.FollowUpOutcome;
import org.skillpass.subsidy.domain.ResultsPlan;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * subsidy/results.xhtml?class=: 政府购买培训成果 — the HR bureau sets up how a class's results are paid;
 * the institution (or the ordering employer) records each trainee's employment at 3 and 6 months with the
 * contract and wage slips; the page shows what each trainee's results are worth; the institution files
 * what is owed as claims.
 */
@Named
@ViewScoped
public class ResultsBean implements Serializable {

    @Inject
    transient ResultsService results;

    @Inject
    CurrentCaller caller;

    private Long classId;
    private transient ResultsService.View view;
    private List<ResultsService.PlanRow> plans;
    private String scheme = ResultsPlan.Scheme.TRANCHES.name();
    private BigDecimal rate;
    private BigDecimal certifiedPercent = new BigDecimal("50");
    private BigDecimal employedPercent = new BigDecimal("50");
    private Long enrolmentId;
    private int checkpoint = 6;
    private String outcome = FollowUpOutcome.EMPLOYED.name();
    private String employerName;
    private LocalDate recordedOn = LocalDate.now();
    private transient UploadedFile contract;
    private transient UploadedFiles wageSlips;
    private List<String> filingOutcome = List.of();

    /** f:viewAction */
    public void load() {
        try {
            if (classId == null) {
                plans = results.plans(caller.get());
            } else {
                view = results.view(caller.get(), classId);
            }
        } catch (DomainException e) {
            Messages.error(null, e);
            classId = null;
            plans = List.of();
        }
    }

    public ResultsService.View getView() {
        if (view == null && classId != null) {
            view = results.view(caller.get(), classId);
        }
        return view;
    }

    public void createPlan() {
        try {
            results.createPlan(caller.get(), classId, ResultsPlan.Scheme.valueOf(scheme), rate,
                    certifiedPercent == null ? null : certifiedPercent.movePointLeft(2),
                    employedPercent == null ? null : employedPercent.movePointLeft(2));
            Messages.info("subsidy.results.planCreated");
            view = null;
        } catch (DomainException e) {
            Messages.error("planForm", e);
        }
    }

    public void recordFollowUp() {
        try {
            List<ResultsService.Upload> slips = new ArrayList<>();
            if (wageSlips != null) {
                for (UploadedFile f : wageSlips.getFiles()) {
                    slips.add(new ResultsService.Upload(f.getFileName(), f.getContent()));
                }
            }
            ResultsService.Upload c = contract == null || contract.getSize() == 0 ? null
                    : new ResultsService.Upload(contract.getFileName(), contract.getContent());
            results.recordFollowUp(caller.get(), enrolmentId == null ? -1 : enrolmentId, checkpoint,
                    FollowUpOutcome.valueOf(outcome), employerName, recordedOn, c, slips);
            Messages.info("subsidy.followUp.recorded");
            view = null;
        } catch (DomainException e) {
            Messages.error("followUpForm", e);
        }
    }

    public void fileOwed() {
        try {
            ResultsService.Filing f = results.fileOwed(caller.get(), classId);
            List<String> out = new ArrayList<>();
            f.refused().forEach(r -> r.refusals().forEach(x -> out.add(r.name() + ": " + Messages.text(x.messageKey(), x.args()))));
            filingOutcome = out;
            Messages.info("subsidy.results.filed", f.filed().size());
            view = null;
        } catch (DomainException e) {
            Messages.error("fileForm", e);
        }
    }

    public FollowUpOutcome[] getOutcomes() {
        return FollowUpOutcome.values();
    }

    public ResultsPlan.Scheme[] getSchemes() {
        return ResultsPlan.Scheme.values();
    }

    public Long getClassId() { return classId; }
    public void setClassId(Long classId) { this.classId = classId; }
    public List<ResultsService.PlanRow> getPlans() { return plans; }
    public String getScheme() { return scheme; }
    public void setScheme(String scheme) { this.scheme = scheme; }
    public BigDecimal getRate() { return rate; }
    public void setRate(BigDecimal rate) { this.rate = rate; }
    public BigDecimal getCertifiedPercent() { return certifiedPercent; }
    public void setCertifiedPercent(BigDecimal certifiedPercent) { this.certifiedPercent = certifiedPercent; }
    public BigDecimal getEmployedPercent() { return employedPercent; }
    public void setEmployedPercent(BigDecimal employedPercent) { this.employedPercent = employedPercent; }
    public Long getEnrolmentId() { return enrolmentId; }
    public void setEnrolmentId(Long enrolmentId) { this.enrolmentId = enrolmentId; }
    public int getCheckpoint() { return checkpoint; }
    public void setCheckpoint(int checkpoint) { this.checkpoint = checkpoint; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public String getEmployerName() { return employerName; }
    public void setEmployerName(String employerName) { this.employerName = employerName; }
    public LocalDate getRecordedOn() { return recordedOn; }
    public void setRecordedOn(LocalDate recordedOn) { this.recordedOn = recordedOn; }
    public UploadedFile getContract() { return contract; }
    public void setContract(UploadedFile contract) { this.contract = contract; }
    public UploadedFiles getWageSlips() { return wageSlips; }
    public void setWageSlips(UploadedFiles wageSlips) { this.wageSlips = wageSlips; }
    public List<String> getFilingOutcome() { return filingOutcome; }
}
