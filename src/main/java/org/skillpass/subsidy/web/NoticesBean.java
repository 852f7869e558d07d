package org.skillpass.subsidy.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.skillpass.identity.application.CurrentCaller;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.web.Messages;
import org.skillpass.subsidy.application.NoticeService;
import org.skillpass.subsidy.domain.PublicNotice;

import java.io.Serializable;
import java.util.List;

/**
 * subsidy/notices.xhtml (HR): publish the region's approved claims as a notice, see the notices with their
 * period and objections, resolve objections (dismiss or uphold, with the reason), and release a notice's
 * claims to payment once it is over.
 */
@Named
@ViewScoped
public class NoticesBean implements Serializable {

    @Inject
    transient NoticeService notices;

    @Inject
    CurrentCaller caller;

    private String title;
    private String regionCode;
    private List<PublicNotice> list;
    private Long selectedId;
    private List<NoticeService.ObjectionView> objections = List.of();
    private Long objectionId;
    private long objectionVersion;
    private String resolution;

    @PostConstruct
    void init() {
        list = notices.ofRegion(caller.get());
    }

    public void publish() {
        try {
            PublicNotice n = notices.publish(caller.get(), regionCode, title);
            Messages.info("subsidy.notice.published", n.getClaimCount(), n.getEndsOn().toString());
            title = null;
            list = notices.ofRegion(caller.get());
        } catch (DomainException e) {
            Messages.error("publishForm", e);
        }
    }

    public void select(long noticeId) {
        selectedId = noticeId;
        objections = notices.objections(caller.get(), noticeId);
    }

    public void release(long noticeId) {
        try {
            NoticeService.ReleaseResult r = notices.release(caller.get(), noticeId);
            Messages.info("subsidy.notice.released", r.released(), r.held());
            list = notices.ofRegion(caller.get());
            select(noticeId);
        } catch (DomainException e) {
            Messages.error(null, e);
        }
    }

    public void pick(NoticeService.ObjectionView o) {
        objectionId = o.id();
        objectionVersion = o.version();
        resolution = null;
    }

    public void dismiss() {
        resolve(false);
    }

    public void uphold() {
        resolve(true);
    }

    private void resolve(boolean upheld) {
        try {
            notices.resolve(caller.get(), objectionId, objectionVersion, upheld, resolution);
            Messages.info(upheld ? "subsidy.objection.upheld" : "subsidy.objection.dismissed");
            objectionId = null;
            select(selectedId);
        } catch (DomainException e) {
            Messages.error("resolveForm", e);
        }
    }

    public boolean isAdmin() {
        return caller.get().isAdmin();
    }

    public List<PublicNotice> getList() { return list; }
    public Long getSelectedId() { return selectedId; }
    public List<NoticeService.ObjectionView> getObjections() { return objections; }
    public Long getObjectionId() { return objectionId; }
    public String getResolution() { return resolution; }
    public void setResolution(String resolution) { this.resolution = resolution; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
}
