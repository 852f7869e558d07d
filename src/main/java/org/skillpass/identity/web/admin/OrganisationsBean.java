package org.skillpass.identity.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.skillpass.identity.application.OrganisationService;
import org.skillpass.identity.domain.Organisation;
import org.skillpass.identity.domain.OrganisationType;
import org.skillpass.identity.domain.Region;
import org.skillpass.identity.application.CurrentCaller;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.web.Messages;
import org.skillpass.shared.web.ServiceLazyDataModel;

import java.io.Serializable;
import java.util.List;

/** admin/organisations.xhtml: the scoped, lazily paged list and the form to add one. */
@Named
@ViewScoped
public class OrganisationsBean implements Serializable {

    @Inject
    transient OrganisationService organisations;

    @Inject
    CurrentCaller caller;

    private ServiceLazyDataModel<Organisation> model;
    private OrganisationType type = OrganisationType.INSTITUTION;
    private String name;
    private String creditCode;
    private String regionCode;
    private String contactPhone;
    private String query;

    @PostConstruct
    void init() {
        model = new ServiceLazyDataModel<>(request -> organisations.page(caller.get(), request), o -> String.valueOf(o.getId()));
    }

    public void create() {
        try {
            Organisation org = organisations.create(caller.get(),
                    new OrganisationService.NewOrganisation(type, name, creditCode, regionCode, contactPhone));
            Messages.info("org.created", org.getName());
            name = null;
            creditCode = null;
            contactPhone = null;
        } catch (DomainException e) {
            Messages.error("orgForm", e);
        }
    }

    public void search() {
        model.search("list:table", "name", query);
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public void toggle(long id, boolean active) {
        try {
            organisations.setActive(caller.get(), id, active);
        } catch (DomainException e) {
            Messages.error(null, e);
        }
    }

    public List<Region> getRegions() {
        return organisations.regions();
    }

    public OrganisationType[] getTypes() {
        return OrganisationType.values();
    }

    public ServiceLazyDataModel<Organisation> getModel() {
        return model;
    }

    public OrganisationType getType() {
        return type;
    }

    public void setType(OrganisationType type) {
        this.type = type;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }
}
