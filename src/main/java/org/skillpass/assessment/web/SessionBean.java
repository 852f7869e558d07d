package org.skillpass.assessment.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.skillpass.assessment.application.AssessmentService;
import org.skillpass.assessment.domain.AssessmentSession;
import org.skillpass.assessment.domain.Candidate;
import org.skillpass.assessment.domain.PanelMember;
import org.skillpass.enrolment.application.EnrolmentService;
import org.skillpass.identity.application.CurrentCaller;
import org.skillpass.identity.domain.Account;
import org.skillpass.identity.domain.AuditEntry;
import org.skillpass.identity.domain.Role;
import org.skillpass.identity.domain.Worker;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.domain.NotFoundException;
import org.skillpass.shared.web.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * assessment/session.xhtml?id=: one session for its panel: the panel and its staffing, candidates, the
 * score grid (each cell saved as it is left), panel reviews, submit, lock, and corrections after lock.
 */
@Named
@ViewScoped
public class SessionBean implements Serializable {

    @Inject
    transient AssessmentService assessments;

    @Inject
    transient EnrolmentService enrolments;

    @Inject
    CurrentCaller caller;

    /** One editable line of the panel form. */
    public static class SeatLine implements Serializable {
        private Long accountId;
        private PanelMember.Duty duty = PanelMember.Duty.PRACTICAL;
        private Integer room = 1;
        private boolean lead;

        public Long getAccountId() {
            return accountId;
        }

        public void setAccountId(Long accountId) {
            this.accountId = accountId;
        }

        public PanelMember.Duty getDuty() {
            return duty;
        }

        public void setDuty(PanelMember.Duty duty) {
            this.duty = duty;
        }

        public Integer getRoom() {
            return room;
        }

        public void setRoom(Integer room) {
            this.room = room;
        }

        public boolean isLead() {
            return lead;
        }

        public void setLead(boolean lead) {
            this.lead = lead;
        }
    }

    private Long id;
    private AssessmentSession session;
    private List<SeatLine> seats = new ArrayList<>();
    private final Map<Long, String> theory = new HashMap<>();
    private final Map<Long, String> practical = new HashMap<>();
    private String candidateKey;
    private Long classId;
    private transient org.primefaces.model.file.UploadedFile scoreFile;
    private List<org.skillpass.assessment.infrastructure.ScoreSheet.Problem> importProblems = List.of();

    private Long correctionCandidate;
    private String correctionTheory;
    private String correctionPractical;
    private String correctionReason;

    public void load() throws IOException {
        try {
            session = id == null ? null : assessments.find(caller.get(), id);
        } catch (NotFoundException e) {
            session = null;
        }
        if (session == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        for (PanelMember p : assessments.panel(id)) {
            SeatLine l = new SeatLine();
            l.accountId = p.getAccountId();
            l.duty = p.getDuty();
            l.room = p.getRoom();
            l.lead = p.isLead();
            seats.add(l);
        }
        if (seats.isEmpty()) {
            addSeat();
        }
        refreshScores();
    }

    private void refreshScores() {
        session = assessments.find(caller.get(), id);
        for (Candidate c : assessments.candidates(id)) {
            theory.put(c.getId(), c.getTheoryScore() == null ? "" : c.getTheoryScore().toPlainString());
            practical.put(c.getId(), c.getPracticalScore() == null ? "" : c.getPracticalScore().toPlainString());
        }
    }

    public boolean isAssessor() {
        return caller.get().has(Role.ASSESSOR);
    }

    public List<Account> getAssessors() {
        return isAssessor() ? assessments.assessorsOfMyBody(caller.get()) : List.of();
    }

    public List<Candidate> getCandidates() {
        return assessments.candidates(id);
    }

    public Worker worker(Candidate c) {
        return enrolments.workerById(c.getWorkerAccountId());
    }

    public List<String> getStaffingProblems() {
        return assessments.staffingProblems(caller.get(), id);
    }

    public List<AuditEntry> getCorrections() {
        return assessments.corrections(caller.get(), id);
    }

    public PanelMember.Duty[] getDuties() {
        return PanelMember.Duty.values();
    }

    public void addSeat() {
        seats.add(new SeatLine());
    }

    public void savePanel() {
        try {
            assessments.assignPanel(caller.get(), id, seats.stream().filter(l -> l.accountId != null)
                    .map(l -> new AssessmentService.Seat(l.accountId, l.duty, l.room, l.lead)).toList());
            Messages.info("panel.saved");
        } catch (DomainException e) {
            Messages.error("panelForm", e);
        }
    }

    public void addCandidate() {
        try {
            Worker w = enrolments.findWorker(candidateKey);
            Candidate c = assessments.addCandidate(caller.get(), id, w.getAccountId(), null);
            Messages.info(c.getAttempt() > 1 ? "candidate.addedRetake" : "candidate.added", c.getAttempt());
            candidateKey = null;
        } catch (DomainException e) {
            Messages.error("candidateForm", e);
        }
        refreshScores();
    }

    public void addClassCandidates() {
        try {
            if (classId == null) {
                throw new org.skillpass.shared.domain.FieldException("classId", "candidate.classMismatch");
            }
            int n = assessments.addClassCandidates(caller.get(), id, classId);
            Messages.info("candidate.fromClass", n);
        } catch (DomainException e) {
            Messages.error("classForm", e);
        }
        refreshScores();
    }

    public void importScores() {
        importProblems = List.of();
        if (!org.skillpass.shared.web.Uploads.accept(scoreFile, "scoreImport:file")) {
            return;
        }
        try (java.io.InputStream in = scoreFile.getInputStream()) {
            Messages.info("scores.imported", assessments.importScores(caller.get(), id, in));
        } catch (AssessmentService.ScoreImportRefused e) {
            importProblems = e.problems();
            Messages.error(null, e);
        } catch (DomainException e) {
            Messages.error(null, e);
        } catch (java.io.IOException e) {
            Messages.error("scoreImport:file", "scores.sheet.unreadable");
        }
        refreshScores();
    }

    public String problemText(org.skillpass.assessment.infrastructure.ScoreSheet.Problem p) {
        return Messages.text(p.messageKey(), p.args());
    }

    public Long getClassId() {
        return classId;
    }

    public void setClassId(Long classId) {
        this.classId = classId;
    }

    public org.primefaces.model.file.UploadedFile getScoreFile() {
        return scoreFile;
    }

    public void setScoreFile(org.primefaces.model.file.UploadedFile scoreFile) {
        this.scoreFile = scoreFile;
    }

    public List<org.skillpass.assessment.infrastructure.ScoreSheet.Problem> getImportProblems() {
        return importProblems;
    }

    /** Saves one candidate's two scores as soon as a cell is left. */
    public void saveScores(long candidateId) {
        try {
            assessments.enterScores(caller.get(), candidateId, theory.get(candidateId), practical.get(candidateId));
        } catch (DomainException e) {
            Messages.error(null, e);
        }
    }

    public void review(long candidateId, boolean passed) {
        try {
            assessments.recordPanelReview(caller.get(), candidateId, passed);
        } catch (DomainException e) {
            Messages.error(null, e);
        }
    }

    public void submit() {
        run(() -> assessments.submit(caller.get(), id), "assessment.submitted");
    }

    public void lock() {
        run(() -> assessments.lock(caller.get(), id), "assessment.locked");
    }

    public void correct() {
        try {
            if (correctionCandidate == null) {
                throw new NotFoundException();
            }
            assessments.correct(caller.get(), correctionCandidate, correctionTheory, correctionPractical, correctionReason);
            Messages.info("correction.saved");
            correctionReason = null;
        } catch (DomainException e) {
            Messages.error("correctionForm", e);
        }
        refreshScores();
    }

    private void run(Runnable action, String key) {
        try {
            action.run();
            Messages.info(key);
        } catch (DomainException e) {
            Messages.error(null, e);
        }
        refreshScores();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public AssessmentSession getSession() {
        return session;
    }

    public List<SeatLine> getSeats() {
        return seats;
    }

    public Map<Long, String> getTheory() {
        return theory;
    }

    public Map<Long, String> getPractical() {
        return practical;
    }

    public String getCandidateKey() {
        return candidateKey;
    }

    public void setCandidateKey(String candidateKey) {
        this.candidateKey = candidateKey;
    }

    public Long getCorrectionCandidate() {
        return correctionCandidate;
    }

    public void setCorrectionCandidate(Long correctionCandidate) {
        this.correctionCandidate = correctionCandidate;
    }

    public String getCorrectionTheory() {
        return correctionTheory;
    }

    public void setCorrectionTheory(String correctionTheory) {
        this.correctionTheory = correctionTheory;
    }

    public String getCorrectionPractical() {
        return correctionPractical;
    }

    public void setCorrectionPractical(String correctionPractical) {
        this.correctionPractical = correctionPractical;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    public void setCorrectionReason(String correctionReason) {
        this.correctionReason = correctionReason;
    }
}
