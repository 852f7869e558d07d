package org.skillpass.catalog.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.skillpass.catalog.application.ClassService;
import org.skillpass.catalog.domain.ClassSession;
import org.skillpass.catalog.domain.TrainingClass;
import org.skillpass.enrolment.application.EnrolmentService;
import org.skillpass.enrolment.domain.Enrolment;
import org.skillpass.enrolment.domain.EnrolmentState;
import org.skillpass.enrolment.domain.LearnerCategory;
import org.skillpass.identity.application.CurrentCaller;
import org.skillpass.identity.domain.Role;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.domain.NotFoundException;
import org.skillpass.shared.web.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** catalog/class.xhtml?id=: a class as the public sees it, and the worker's enrol button. */
@Named
@ViewScoped
public class ClassPageBean implements Serializable {

    @Inject
    transient ClassService classes;

    @Inject
    transient EnrolmentService enrolments;

    @Inject
    CurrentCaller caller;

    private Long id;
    private TrainingClass trainingClass;
    private List<ClassSession> sessions;
    private LearnerCategory category = LearnerCategory.RURAL_TRANSFER;
    private org.skillpass.enrolment.domain.LearnerStatus status = org.skillpass.enrolment.domain.LearnerStatus.UNSPECIFIED;
    private Enrolment enrolment;

    /** viewAction: an unknown or non-public class is a 404. */
    public void load() throws IOException {
        try {
            trainingClass = id == null ? null : classes.findPublic(id);
        } catch (NotFoundException e) {
            trainingClass = null;
        }
        if (trainingClass == null) {
            jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            jakarta.faces.context.FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        sessions = classes.sessions(id);
        if (caller.get().has(Role.WORKER)) {
            enrolment = enrolments.mine(caller.get(), org.skillpass.shared.domain.PageRequest.first(200)).rows().stream()
                    .filter(e -> e.getClassId().equals(id) && e.getState().active()).findFirst().orElse(null);
        }
    }

    public void enrol() {
        try {
            enrolment = enrolments.enrol(caller.get(), id, category, status);
            trainingClass = classes.findPublic(id);
            Messages.info(enrolment.getState() == EnrolmentState.CONFIRMED ? "enrol.confirmed" : "enrol.waitlisted",
                    trainingClass.getName());
        } catch (DomainException e) {
            Messages.error("enrolForm", e);
        }
    }

    public boolean isWorker() {
        return caller.get().has(Role.WORKER);
    }

    public LearnerCategory[] getCategories() {
        return LearnerCategory.values();
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

    public List<ClassSession> getSessions() {
        return sessions;
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

    public Enrolment getEnrolment() {
        return enrolment;
    }
}
