package org.skillpass.identity.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import org.skillpass.identity.domain.Account;
import org.skillpass.identity.domain.Organisation;
import org.skillpass.shared.application.Caller;

import java.security.Principal;
import java.util.List;

/**
 * Turns the authenticated principal of the current request into a {@link Caller}, once per request.
 * Web beans and resources inject this and pass {@link #get()} to the services.
 */
@RequestScoped
@Named("currentCaller")
public class CurrentCaller {

    @Inject
    SecurityContext securityContext;

    @PersistenceContext(unitName = "skillpass")
    EntityManager em;

    private Caller caller;

    public Caller get() {
        if (caller == null) {
            Principal principal = securityContext.getCallerPrincipal();
            caller = principal == null ? Caller.anonymous() : forUsername(em, principal.getName());
        }
        return caller;
    }

    /**
     * Whether the caller holds the role (by name), for pages: {@code #{currentCaller.has('WORKER')}}. Decided from
     * the caller of this request, loaded once; the container's {@code request.isUserInRole} takes a JACC check under
     * a server-wide lock each time, and the layout asks up to 24 times a page (the benchmark saw signed-in pages
     * queue on that lock).
     */
    public boolean has(String role) {
        return get().has(org.skillpass.identity.domain.Role.valueOf(role));
    }

    /** The caller an account acts as; anonymous when the account is unknown or inactive. */
    public static Caller forUsername(EntityManager em, String username) {
        List<Account> found = em.createQuery("select a from Account a where a.username = :u and a.active = true", Account.class)
                .setParameter("u", username).getResultList();
        if (found.isEmpty()) {
            return Caller.anonymous();
        }
        return forAccount(em, found.get(0));
    }

    public static Caller forAccount(EntityManager em, Account a) {
        Organisation org = a.getOrganisationId() == null ? null : em.find(Organisation.class, a.getOrganisationId());
        return new Caller(a.getId(), a.getUsername(), a.getRoles(), org == null ? null : org.getId(),
                org == null ? null : org.getType(), org == null ? null : org.getRegionPath());
    }
}
