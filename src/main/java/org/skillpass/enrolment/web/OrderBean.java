package org.skillpass.enrolment.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.skillpass.catalog.domain.TrainingClass;
import org.skillpass.enrolment.application.OrderService;
import org.skillpass.enrolment.domain.TrainingOrder;
import org.skillpass.identity.application.CurrentCaller;
import org.skillpass.identity.domain.Role;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.domain.NotFoundException;
import org.skillpass.shared.web.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** enrolment/order.xhtml?id=: one order, its progress, its classes and (for the employer) hiring. */
@Named
@ViewScoped
public class OrderBean implements Serializable {

    @Inject
    transient OrderService orders;

    @Inject
    CurrentCaller caller;

    private Long id;
    private TrainingOrder order;
    private Long enrolmentId;
    private Boolean hire = Boolean.TRUE;
    private LocalDate startDate;
    private String reason;

    public void load() throws IOException {
        try {
            order = id == null ? null : orders.find(caller.get(), id);
        } catch (NotFoundException e) {
            order = null;
        }
        if (order == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public boolean isEmployer() {
        return caller.get().has(Role.EMPLOYER);
    }

    public boolean isInstitution() {
        return caller.get().has(Role.INSTITUTION_STAFF);
    }

    public OrderService.Progress getProgress() {
        return orders.progress(caller.get(), id);
    }

    public List<TrainingClass> getClasses() {
        return orders.classesOf(caller.get(), id);
    }

    public List<OrderService.Trainee> getTrainees() {
        return orders.trainees(caller.get(), id);
    }

    public void confirmClass(long classId) {
        try {
            orders.confirmClass(caller.get(), classId);
            Messages.info("order.classConfirmed");
        } catch (DomainException e) {
            Messages.error(null, e);
        }
    }

    /** Trainees who completed the class: the ones an employer decides on. */
    public List<OrderService.Trainee> getCompletedTrainees() {
        return getTrainees().stream()
                .filter(t -> t.enrolment().getState() == org.skillpass.enrolment.domain.EnrolmentState.COMPLETED).toList();
    }

    public void decide() {
        try {
            if (enrolmentId == null) {
                throw new NotFoundException();
            }
            orders.decideHire(caller.get(), id, enrolmentId, Boolean.TRUE.equals(hire), startDate, reason);
            Messages.info("hire.saved");
        } catch (DomainException e) {
            Messages.error("hireForm", e);
        }
    }

    public String accept() {
        try {
            orders.accept(caller.get(), id);
            Messages.info("order.acceptedMsg");
            order = orders.find(caller.get(), id);
        } catch (DomainException e) {
            Messages.error(null, e);
        }
        return null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public TrainingOrder getOrder() {
        return order;
    }

    public Long getEnrolmentId() {
        return enrolmentId;
    }

    public void setEnrolmentId(Long enrolmentId) {
        this.enrolmentId = enrolmentId;
    }

    public Boolean getHire() {
        return hire;
    }

    public void setHire(Boolean hire) {
        this.hire = hire;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
