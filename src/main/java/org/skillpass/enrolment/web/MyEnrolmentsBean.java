package org.skillpass.enrolment.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.skillpass.catalog.application.ClassService;
import org.skillpass.catalog.domain.TrainingClass;
import org.skillpass.enrolment.application.EnrolmentService;
import org.skillpass.enrolment.domain.Enrolment;
import org.skillpass.identity.application.CurrentCaller;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.web.Messages;
import org.skillpass.shared.web.ServiceLazyDataModel;

import java.io.Serializable;

/** enrolment/mine.xhtml: the worker's enrolments, and withdrawing from one. */
@Named
@ViewScoped
public class MyEnrolmentsBean implements Serializable {

    @Inject
    transient EnrolmentService enrolments;

    @Inject
    transient ClassService classes;

    @Inject
    CurrentCaller caller;

    private ServiceLazyDataModel<Enrolment> model;

    @PostConstruct
    void init() {
        model = new ServiceLazyDataModel<>(r -> enrolments.mine(caller.get(), r), e -> String.valueOf(e.getId()));
    }

    /** The class of an enrolment: the worker may always see classes they are or were enrolled in. */
    public TrainingClass classOf(Enrolment e) {
        return classes.enrolledClass(e.getClassId());
    }

    @Inject
    transient org.skillpass.enrolment.application.AttendanceService attendance;

    /** Hours attended so far, one decimal. */
    public String hours(Enrolment e) {
        return String.format("%.1f", attendance.attendedHours(e.getId()));
    }

    public void withdraw(long enrolmentId) {
        try {
            enrolments.withdraw(caller.get(), enrolmentId);
            Messages.info("enrol.withdrawn");
        } catch (DomainException e) {
            Messages.error(null, e);
        }
    }

    public ServiceLazyDataModel<Enrolment> getModel() {
        return model;
    }
}
