package org.skillpass.enrolment.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.skillpass.enrolment.application.AttendanceService;
import org.skillpass.enrolment.domain.AttendanceFlag;
import org.skillpass.identity.application.CurrentCaller;
import org.skillpass.identity.domain.Role;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.web.Messages;
import org.skillpass.shared.web.ServiceLazyDataModel;

import java.io.Serializable;

/** enrolment/flags.xhtml: open attendance flags of the caller's institution or region. */
@Named
@ViewScoped
public class FlagsBean implements Serializable {

    @Inject
    transient AttendanceService attendance;

    @Inject
    CurrentCaller caller;

    private ServiceLazyDataModel<AttendanceFlag> model;

    @PostConstruct
    void init() {
        model = new ServiceLazyDataModel<>(r -> attendance.flags(caller.get(), r), f -> String.valueOf(f.getId()));
    }

    public boolean isReviewer() {
        return caller.get().has(Role.HR_OFFICER) || caller.get().isAdmin();
    }

    public void resolve(long flagId) {
        try {
            attendance.resolve(caller.get(), flagId, null);
            Messages.info("flag.resolved");
        } catch (DomainException e) {
            Messages.error(null, e);
        }
    }

    public ServiceLazyDataModel<AttendanceFlag> getModel() {
        return model;
    }
}
