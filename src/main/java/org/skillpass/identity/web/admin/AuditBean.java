package org.skillpass.identity.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.skillpass.identity.application.AuditQueryService;
import org.skillpass.identity.domain.AuditEntry;
import org.skillpass.identity.application.CurrentCaller;
import org.skillpass.shared.web.ServiceLazyDataModel;

import java.io.Serializable;

/** admin/audit.xhtml: the audit log of the caller's tenant, newest first, paged in the database. */
@Named
@ViewScoped
public class AuditBean implements Serializable {

    @Inject
    transient AuditQueryService audit;

    @Inject
    CurrentCaller caller;

    private ServiceLazyDataModel<AuditEntry> model;
    private String query;

    @PostConstruct
    void init() {
        model = new ServiceLazyDataModel<>(request -> audit.page(caller.get(), request), e -> String.valueOf(e.getId()));
    }

    /** Searches actor, action and object type at once. */
    public void search() {
        model.search("list:table", "text", query);
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public ServiceLazyDataModel<AuditEntry> getModel() {
        return model;
    }
}
