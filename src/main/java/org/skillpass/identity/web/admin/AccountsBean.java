package org.skillpass.identity.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.skillpass.identity.application.AccountService;
import org.skillpass.identity.application.OrganisationService;
import org.skillpass.identity.domain.Account;
import org.skillpass.identity.domain.Organisation;
import org.skillpass.identity.application.CurrentCaller;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.domain.PageRequest;
import org.skillpass.shared.web.Messages;
import org.skillpass.shared.web.ServiceLazyDataModel;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** admin/accounts.xhtml: staff accounts, lazily paged, and the form to add one to an organisation. */
@Named
@ViewScoped
public class AccountsBean implements Serializable {

    @Inject
    transient AccountService accounts;

    @Inject
    transient OrganisationService organisations;

    @Inject
    CurrentCaller caller;

    private ServiceLazyDataModel<Account> model;
    private Long organisationId;
    private String username;
    private String displayName;
    private String password;
    private String organisationQuery;
    private String query;

    @PostConstruct
    void init() {
        model = new ServiceLazyDataModel<>(request -> accounts.page(caller.get(), request), a -> String.valueOf(a.getId()));
    }

    /** Autocomplete over the organisations the admin may pick, paged in the database. */
    public List<Organisation> completeOrganisation(String query) {
        return organisations.page(caller.get(), new PageRequest(0, 20, "name", true, Map.of("name", query == null ? "" : query))).rows();
    }

    /** The picker's label for a suggestion or for the chosen organisation's id (PrimeFaces asks for both). */
    public String organisationLabel(Object item) {
        if (item instanceof Organisation o) {
            return o.getName();
        }
        return item instanceof Number id ? organisations.find(caller.get(), id.longValue()).getName() : "";
    }

    public void create() {
        try {
            if (organisationId == null) {
                Messages.error("accountForm:organisation", "account.organisation.unknown");
                return;
            }
            Account a = accounts.createStaff(caller.get(),
                    new AccountService.NewStaffAccount(organisationId, username, displayName, password));
            Messages.info("account.created", a.getUsername());
            username = null;
            displayName = null;
            password = null;
        } catch (DomainException e) {
            Messages.error("accountForm", e);
        }
    }

    /** Searches user names and names at once. */
    public void search() {
        model.search("list:table", "text", query);
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public void toggle(long id, boolean active) {
        try {
            accounts.setActive(caller.get(), id, active);
        } catch (DomainException e) {
            Messages.error(null, e);
        }
    }

    public ServiceLazyDataModel<Account> getModel() {
        return model;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getOrganisationQuery() {
        return organisationQuery;
    }

    public void setOrganisationQuery(String organisationQuery) {
        this.organisationQuery = organisationQuery;
    }
}
