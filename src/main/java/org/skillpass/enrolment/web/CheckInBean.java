package org.skillpass.enrolment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.skillpass.enrolment.application.AttendanceService;
import org.skillpass.identity.application.CurrentCaller;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.web.Messages;

/** enrolment/checkin.xhtml?t=: where a worker's phone lands after scanning the class's QR code. */
@Named
@RequestScoped
public class CheckInBean {

    @Inject
    AttendanceService attendance;

    @Inject
    CurrentCaller caller;

    private String t;
    private AttendanceService.Result result;
    private boolean failed;

    public void checkIn() {
        try {
            result = attendance.checkIn(caller.get(), t);
        } catch (DomainException e) {
            failed = true;
            Messages.error(null, e);
        }
    }

    public String getT() {
        return t;
    }

    public void setT(String t) {
        this.t = t;
    }

    public AttendanceService.Result getResult() {
        return result;
    }

    public boolean isFailed() {
        return failed;
    }
}
