package org.skillpass.catalog.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.skillpass.catalog.application.ClassService;
import org.skillpass.catalog.application.FilingRefusedException;
import org.skillpass.catalog.domain.ClassSession;
import org.skillpass.catalog.domain.ClassState;
import org.skillpass.catalog.domain.TrainingClass;
import org.skillpass.enrolment.application.EnrolmentService;
import org.skillpass.enrolment.domain.Enrolment;
import org.skillpass.enrolment.domain.LearnerCategory;
import org.skillpass.identity.application.CurrentCaller;
import org.skillpass.identity.domain.Role;
import org.skillpass.identity.domain.Worker;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.domain.NotFoundException;
import org.skillpass.shared.web.Messages;
import org.skillpass.shared.web.ServiceLazyDataModel;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * catalog/manage.xhtml?id=: one class for its institution's staff: details, schedule, roster,
 * filing (with everything still missing listed) and the later state changes.
 */
@Named
@ViewScoped
public class ManageClassBean implements Serializable {

    @Inject
    transient ClassService classes;

    @Inject
    transient EnrolmentService enrolments;

    @Inject
    CurrentCaller caller;

    private Long id;
    private TrainingClass trainingClass;
    private ClassForm form;
    private ServiceLazyDataModel<Enrolment> roster;
    private LocalDate sessionDate;
    private LocalTime sessionStart = LocalTime.of(9, 0);
    private LocalTime sessionEnd = LocalTime.of(12, 0);
    private String sessionTopic;
    private ClassSession.Kind sessionKind = ClassSession.Kind.THEORY;
    private String learner;
    private LearnerCategory category = LearnerCategory.RURAL_TRANSFER;
    private org.skillpass.enrolment.domain.LearnerStatus status = org.skillpass.enrolment.domain.LearnerStatus.UNSPECIFIED;

    public void load() throws IOException {
        try {
            trainingClass = id == null ? null : classes.find(caller.get(), id);
        } catch (NotFoundException e) {
            trainingClass = null;
        }
        if (trainingClass == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        form = ClassForm.of(trainingClass.details());
        sessionDate = trainingClass.getStartDate();
        roster = new ServiceLazyDataModel<>(r -> enrolments.roster(caller.get(), id, r), e -> String.valueOf(e.getId()));
    }

    private void reload() {
        trainingClass = classes.find(caller.get(), id);
        form = ClassForm.of(trainingClass.details());
    }

    public boolean isEditable() {
        return caller.get().has(Role.INSTITUTION_STAFF) && trainingClass.getState() == ClassState.DRAFT;
    }

    public boolean isStaff() {
        return caller.get().has(Role.INSTITUTION_STAFF);
    }

    public List<ClassSession> getSessions() {
        return classes.sessions(id);
    }

    public List<String> getFilingProblems() {
        return trainingClass.getState() == ClassState.DRAFT ? classes.filingProblems(caller.get(), id) : List.of();
    }

    public String problemText(String key) {
        return Messages.text(key, classes.leadDaysFor(trainingClass));
    }

    public Worker learnerOf(Enrolment e) {
        return enrolments.learner(caller.get(), e);
    }

    public void save() {
        run(() -> classes.update(caller.get(), id, form.toDetails()), "class.saved", "detailsForm");
    }

    public void addSession() {
        run(() -> classes.addSession(caller.get(), id, sessionDate == null ? null : sessionDate.atTime(sessionStart),
                sessionDate == null ? null : sessionDate.atTime(sessionEnd), sessionTopic, sessionKind), "session.added",
                "sessionForm");
        sessionTopic = null;
    }

    public void addLearner() {
        run(() -> enrolments.addToRoster(caller.get(), id, learner, category, status), "roster.added", "rosterForm");
        learner = null;
    }

    public void withdraw(long enrolmentId) {
        run(() -> enrolments.withdraw(caller.get(), enrolmentId), "enrol.withdrawn", null);
    }

    private transient org.primefaces.model.file.UploadedFile rosterFile;
    private java.util.List<org.skillpass.enrolment.infrastructure.RosterSheet.RowError> importErrors = java.util.List.of();

    public void importRoster() {
        importErrors = java.util.List.of();
        if (!org.skillpass.shared.web.Uploads.accept(rosterFile, "importForm:file")) {
            return;
        }
        try (java.io.InputStream in = rosterFile.getInputStream()) {
            EnrolmentService.ImportResult r = enrolments.importRoster(caller.get(), id, in);
            Messages.info("roster.imported", r.confirmed(), r.waitlisted());
        } catch (org.skillpass.enrolment.application.RosterImportException e) {
            importErrors = e.errors();
            Messages.error(null, e);
        } catch (DomainException e) {
            Messages.error(null, e);
        } catch (java.io.IOException e) {
            Messages.error("importForm:file", "roster.sheet.unreadable");
        }
        reload();
    }

    public String errorText(org.skillpass.enrolment.infrastructure.RosterSheet.RowError e) {
        return Messages.text(e.messageKey(), e.args());
    }

    /** An empty roster template with the header row, as xlsx. */
    public org.primefaces.model.StreamedContent getTemplate() {
        return org.primefaces.model.DefaultStreamedContent.builder()
                .name("roster-template.xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> {
                    try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
                        var sheet = wb.createSheet("花名册");
                        var text = wb.createCellStyle();
                        text.setDataFormat(wb.createDataFormat().getFormat("@"));
                        var header = sheet.createRow(0);
                        String[] names = {"姓名", "身份证号", "手机号", "人员类别"};
                        for (int i = 0; i < names.length; i++) {
                            header.createCell(i).setCellValue(names[i]);
                            sheet.setDefaultColumnStyle(i, text);
                            sheet.setColumnWidth(i, 22 * 256);
                        }
                        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                        wb.write(out);
                        return new java.io.ByteArrayInputStream(out.toByteArray());
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).build();
    }

    public org.primefaces.model.file.UploadedFile getRosterFile() {
        return rosterFile;
    }

    public void setRosterFile(org.primefaces.model.file.UploadedFile rosterFile) {
        this.rosterFile = rosterFile;
    }

    public java.util.List<org.skillpass.enrolment.infrastructure.RosterSheet.RowError> getImportErrors() {
        return importErrors;
    }

    public void file() {
        try {
            classes.file(caller.get(), id);
            Messages.info("class.filed");
        } catch (FilingRefusedException e) {
            Messages.error(null, e);
        } catch (DomainException e) {
            Messages.error(null, e);
        }
        reload();
    }

    public void withdrawFiling() {
        run(() -> classes.withdrawFiling(caller.get(), id), "class.filingWithdrawn", null);
    }

    public void start() {
        run(() -> classes.start(caller.get(), id), "class.startedMsg", null);
    }

    public void complete() {
        run(() -> classes.complete(caller.get(), id), "class.completedMsg", null);
    }

    public void archive() {
        run(() -> classes.archive(caller.get(), id), "class.archivedMsg", null);
    }

    private void run(Runnable action, String successKey, String formId) {
        try {
            action.run();
            Messages.info(successKey);
        } catch (DomainException e) {
            Messages.error(formId, e);
        }
        reload();
    }

    public LearnerCategory[] getCategories() {
        return LearnerCategory.values();
    }

    public ClassSession.Kind[] getSessionKinds() {
        return ClassSession.Kind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public TrainingClass getTrainingClass() {
        return trainingClass;
    }

    public ClassForm getForm() {
        return form;
    }

    public ServiceLazyDataModel<Enrolment> getRoster() {
        return roster;
    }

    public LocalDate getSessionDate() {
        return sessionDate;
    }

    public void setSessionDate(LocalDate sessionDate) {
        this.sessionDate = sessionDate;
    }

    public LocalTime getSessionStart() {
        return sessionStart;
    }

    public void setSessionStart(LocalTime sessionStart) {
        this.sessionStart = sessionStart;
    }

    public LocalTime getSessionEnd() {
        return sessionEnd;
    }

    public void setSessionEnd(LocalTime sessionEnd) {
        this.sessionEnd = sessionEnd;
    }

    public String getSessionTopic() {
        return sessionTopic;
    }

    public void setSessionTopic(String sessionTopic) {
        this.sessionTopic = sessionTopic;
    }

    public ClassSession.Kind getSessionKind() {
        return sessionKind;
    }

    public void setSessionKind(ClassSession.Kind sessionKind) {
        this.sessionKind = sessionKind;
    }

    public String getLearner() {
        return learner;
    }

    public void setLearner(String learner) {
        this.learner = learner;
    }

    public org.skillpass.enrolment.domain.LearnerStatus[] getStatuses() {
        return org.skillpass.enrolment.domain.LearnerStatus.values();
    }

    public org.skillpass.enrolment.domain.LearnerStatus getStatus() {
        return status;
    }

    public void setStatus(org.skillpass.enrolment.domain.LearnerStatus status) {
        this.status = status;
    }

    public LearnerCategory getCategory() {
        return category;
    }

    public void setCategory(LearnerCategory category) {
        this.category = category;
    }
}
