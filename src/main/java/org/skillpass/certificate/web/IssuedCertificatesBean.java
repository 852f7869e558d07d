package org.skillpass.certificate.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.skillpass.certificate.application.CertificateService;
import org.skillpass.certificate.domain.Certificate;
import org.skillpass.identity.application.CurrentCaller;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.web.Messages;
import org.skillpass.shared.web.ServiceLazyDataModel;

import java.io.Serializable;

/**
 * certificate/issued.xhtml: certificates in the caller's scope, searched by number or holder; revoke or
 * reissue one with a reason.
 */
@Named
@ViewScoped
public class IssuedCertificatesBean implements Serializable {

    @Inject
    transient CertificateService certificates;

    @Inject
    CurrentCaller caller;

    private ServiceLazyDataModel<Certificate> model;
    private String number;
    private String holder;
    private Long selectedId;
    private String selectedNumber;
    private String reason;

    @PostConstruct
    void init() {
        model = new ServiceLazyDataModel<>(r -> certificates.issued(caller.get(), r), c -> String.valueOf(c.getId()));
    }

    public void search() {
        model.setFixedFilter("number", number);
        model.search("list:table", "holder", holder);
    }

    public void select(Certificate c) {
        selectedId = c.getId();
        selectedNumber = c.getNumber();
        reason = null;
    }

    public void revoke() {
        try {
            certificates.revoke(caller.get(), selectedId, reason);
            Messages.info("certificate.revoked", selectedNumber);
            selectedId = null;
        } catch (DomainException e) {
            Messages.error("changeForm", e);
        }
    }

    public void reissue() {
        try {
            Certificate replacement = certificates.reissue(caller.get(), selectedId, reason);
            Messages.info("certificate.reissued", selectedNumber, replacement.getNumber());
            selectedId = null;
        } catch (DomainException e) {
            Messages.error("changeForm", e);
        }
    }

    public ServiceLazyDataModel<Certificate> getModel() { return model; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getHolder() { return holder; }
    public void setHolder(String holder) { this.holder = holder; }
    public Long getSelectedId() { return selectedId; }
    public String getSelectedNumber() { return selectedNumber; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
