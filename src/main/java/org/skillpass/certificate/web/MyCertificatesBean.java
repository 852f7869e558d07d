package org.skillpass.certificate.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.skillpass.certificate.application.CertificateService;
import org.skillpass.certificate.domain.Certificate;
import org.skillpass.identity.application.CurrentCaller;
import org.skillpass.shared.web.ServiceLazyDataModel;

import java.io.Serializable;

/** certificate/mine.xhtml: the worker's certificates with their PDFs, and the way to the transcript. */
@Named
@ViewScoped
public class MyCertificatesBean implements Serializable {

    @Inject
    transient CertificateService certificates;

    @Inject
    CurrentCaller caller;

    private ServiceLazyDataModel<Certificate> model;

    @PostConstruct
    void init() {
        model = new ServiceLazyDataModel<>(r -> certificates.mine(caller.get(), r), c -> String.valueOf(c.getId()));
    }

    public long getAccountId() {
        return caller.get().accountId();
    }

    public ServiceLazyDataModel<Certificate> getModel() {
        return model;
    }
}
