package org.skillpass.certificate.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.skillpass.certificate.application.CertificateService;
import org.skillpass.certificate.application.ClassBatches;
import org.skillpass.certificate.domain.Certificate;
import org.skillpass.certificate.domain.CertificateBatch;
import org.skillpass.certificate.infrastructure.CertificateFacts;
import org.skillpass.identity.application.CurrentCaller;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.web.Messages;
import org.skillpass.shared.web.ServiceLazyDataModel;

import org.skillpass.shared.domain.PageRequest;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * certificate/class.xhtml?id=: issue a completed class's certificates in one batch, watch the progress
 * bar (the page polls while the batch runs in the background), download them all as a ZIP.
 */
@Named
@ViewScoped
public class ClassCertificatesBean implements Serializable {

    @Inject
    transient ClassBatches batches;

    @Inject
    transient CertificateService certificates;

    @Inject
    transient CertificateFacts facts;

    @Inject
    CurrentCaller caller;

    private Long id;
    private String className;
    private ServiceLazyDataModel<Certificate> model;
    private CertificateBatch batch;

    /** f:viewAction: checks the caller may see the class. */
    public void load() {
        try {
            batch = batches.latest(caller.get(), id);
            className = facts.trainingClass(id).name();
            long classId = id;
            model = new ServiceLazyDataModel<>(r -> certificates.issued(caller.get(), withClass(r, classId)), c -> String.valueOf(c.getId()));
        } catch (DomainException e) {
            Messages.keepForRedirect();
            Messages.error(null, e);
            id = null;
        }
    }

    private static PageRequest withClass(PageRequest r, long classId) {
        Map<String, String> filters = new HashMap<>(r.filters());
        filters.put("classId", String.valueOf(classId));
        return new PageRequest(r.offset(), r.size(), r.sortField(), r.ascending(), filters);
    }

    public void start() {
        try {
            batch = batches.start(caller.get(), id);
            Messages.info("certificate.batch.started", batch.getTotal());
        } catch (DomainException e) {
            Messages.error(null, e);
        }
    }

    /** Called by the poll: fresh progress from the database. */
    public void refresh() {
        batch = batches.latest(caller.get(), id);
    }

    public boolean isRunning() {
        return batch != null && batch.isRunning();
    }

    /** "12 issued, 1 skipped, 0 failed of 13". */
    public String getCounts() {
        return batch == null ? "" : Messages.text("certificate.batch.counts", batch.getIssued(), batch.getSkipped(),
                batch.getFailed(), batch.getTotal());
    }

    public int getPercent() {
        return batch == null ? 0 : batch.percent();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getClassName() { return className; }
    public CertificateBatch getBatch() { return batch; }
    public ServiceLazyDataModel<Certificate> getModel() { return model; }
}
