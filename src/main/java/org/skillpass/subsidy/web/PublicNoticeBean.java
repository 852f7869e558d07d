package org.skillpass.subsidy.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.web.Messages;
import org.skillpass.shared.web.ServiceLazyDataModel;
import org.skillpass.subsidy.application.NoticeService;
import org.skillpass.subsidy.domain.PublicNotice;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * subsidy/notice.xhtml (public, no login): the notices, one notice's de-identified list paged in SQL with
 * its PDF and xlsx, and the objection form while the notice runs.
 */
@Named
@ViewScoped
public class PublicNoticeBean implements Serializable {

    @Inject
    transient NoticeService notices;

    private Long id;
    private PublicNotice notice;
    private ServiceLazyDataModel<NoticeService.NoticeRow> model;
    private List<PublicNotice> recent;
    private String reference;
    private String name;
    private String contact;
    private String text;
    private boolean objected;

    /** f:viewAction */
    public void load() {
        if (id == null) {
            recent = notices.recent(50);
            return;
        }
        try {
            notice = notices.notice(id);
            long noticeId = id;
            model = new ServiceLazyDataModel<>(r -> notices.rows(noticeId, r), r -> r.reference());
        } catch (DomainException e) {
            Messages.error(null, e);
            id = null;
            recent = notices.recent(50);
        }
    }

    public boolean isOpen() {
        return notice != null && notice.period().open(LocalDate.now());
    }

    public void object() {
        try {
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
            notices.object(id, reference, name, contact, text, request.getRemoteAddr(), LocalDate.now());
            objected = true;
            reference = null;
            text = null;
            Messages.info("subsidy.objection.filed");
        } catch (DomainException e) {
            Messages.error("objectionForm", e);
        }
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public PublicNotice getNotice() { return notice; }
    public ServiceLazyDataModel<NoticeService.NoticeRow> getModel() { return model; }
    public List<PublicNotice> getRecent() { return recent; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getContact() { return contact; }
    public void setContact(String contact) { this.contact = contact; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public boolean isObjected() { return objected; }
}
