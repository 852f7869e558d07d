package org.skillpass.enrolment.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.skillpass.enrolment.application.AttendanceService;
import org.skillpass.identity.application.CurrentCaller;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.domain.NotFoundException;
import org.skillpass.shared.web.Messages;
import org.skillpass.shared.web.QrCodes;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * enrolment/attendance.xhtml?session=: for staff in class: the rotating check-in QR code (the page
 * polls for the next one) and the roll call.
 */
@Named
@ViewScoped
public class AttendanceBean implements Serializable {

    @Inject
    transient AttendanceService attendance;

    @Inject
    CurrentCaller caller;

    private Long session;
    private List<AttendanceService.RollCallLine> lines;
    private List<Long> present = new ArrayList<>();
    private String qrImage;
    private String checkInUrl;
    private long secondsLeft;

    public void load() throws IOException {
        try {
            if (session == null) {
                throw new NotFoundException();
            }
            refreshQr();
            lines = attendance.rollCallSheet(caller.get(), session);
        } catch (DomainException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /** Called by the page's poll: the code rotates every window. */
    public void refreshQr() {
        AttendanceService.QrCode code = attendance.qrCode(caller.get(), session);
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest r = (HttpServletRequest) ec.getRequest();
        String base = r.getScheme() + "://" + r.getServerName() + ":" + r.getServerPort() + r.getContextPath();
        checkInUrl = base + "/enrolment/checkin.xhtml?t=" + URLEncoder.encode(code.token(), StandardCharsets.UTF_8);
        qrImage = QrCodes.pngDataUri(checkInUrl, 320);
        secondsLeft = code.secondsLeft();
    }

    public void saveRollCall() {
        try {
            int n = attendance.rollCall(caller.get(), session, present);
            Messages.info("rollcall.saved", n);
            present = new ArrayList<>();
        } catch (DomainException e) {
            Messages.error(null, e);
        }
        lines = attendance.rollCallSheet(caller.get(), session);
    }

    public Long getSession() {
        return session;
    }

    public void setSession(Long session) {
        this.session = session;
    }

    public List<AttendanceService.RollCallLine> getLines() {
        return lines;
    }

    public List<Long> getPresent() {
        return present;
    }

    public void setPresent(List<Long> present) {
        this.present = present;
    }

    public String getQrImage() {
        return qrImage;
    }

    public String getCheckInUrl() {
        return checkInUrl;
    }

    public long getSecondsLeft() {
        return secondsLeft;
    }
}
