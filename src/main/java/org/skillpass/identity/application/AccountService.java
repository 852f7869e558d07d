package org.skillpass.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.transaction.Transactional;
import org.skillpass.identity.domain.Account;
import org.skillpass.identity.domain.Organisation;
import org.skillpass.identity.domain.Role;
import org.skillpass.identity.domain.Worker;
import org.skillpass.shared.application.Caller;
import org.skillpass.shared.domain.AccessDeniedException;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.domain.FieldException;
import org.skillpass.shared.domain.NotFoundException;
import org.skillpass.shared.domain.Page;
import org.skillpass.shared.domain.PageRequest;
import org.skillpass.shared.domain.RegionPath;
import org.skillpass.shared.domain.Text;
import org.skillpass.shared.infrastructure.FieldCipher;
import org.skillpass.shared.infrastructure.JpaPaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Accounts: admins create staff accounts for an organisation (the role follows the organisation's
 * type); staff see their organisation's accounts, HR officers those of their region, workers only
 * themselves.
 */
@ApplicationScoped
public class AccountService {

    private static final Set<String> SORTABLE = Set.of("username", "displayName", "createdAt", "lastLoginAt");

    @PersistenceContext(unitName = "skillpass")
    EntityManager em;

    @Inject
    PasswordService passwords;

    @Inject
    FieldCipher cipher;

    @Inject
    AuditLog audit;

    public record NewStaffAccount(long organisationId, String username, String displayName, String password) {
    }

    /** A worker's own profile as shown to them (full ID number) or to others (masked). */
    public record WorkerProfile(Long accountId, String realName, String idNumber, boolean idNumberMasked,
                                String gender, LocalDate birthDate, String phone, String hukouRegionCode) {
    }

    @Transactional
    public Account createStaff(Caller caller, NewStaffAccount form) {
        caller.require(Role.ADMIN);
        Organisation org = em.find(Organisation.class, form.organisationId());
        if (org == null) {
            throw new FieldException("organisation", "account.organisation.unknown");
        }
        String username = Text.trimToNull(form.username());
        if (!Text.isUsername(username)) {
            throw new FieldException("username", "account.username.invalid");
        }
        String displayName = Text.trimToNull(form.displayName());
        if (displayName == null || displayName.length() > 64) {
            throw new FieldException("displayName", "account.displayName.invalid");
        }
        if (em.createQuery("select count(a) from Account a where a.username = :u", Long.class)
                .setParameter("u", username).getSingleResult() > 0) {
            throw new FieldException("username", "account.username.taken");
        }
        String hash;
        try {
            hash = passwords.hashNew(form.password());
        } catch (DomainException e) {
            throw new FieldException("password", e.messageKey(), e.args());
        }
        Account account = new Account(username, hash, displayName, org.getType().staffRole(), org);
        try {
            em.persist(account);
            em.flush();
        } catch (PersistenceException e) {
            throw new FieldException("username", "account.username.taken");
        }
        audit.record(caller, "ACCOUNT_CREATED", "Account", account.getId(),
                new AuditLog.Scope(org.getId(), org.getRegionPath()), null, null, snapshot(account));
        return account;
    }

    @Transactional
    public Account setActive(Caller caller, long accountId, boolean active) {
        caller.require(Role.ADMIN);
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new NotFoundException();
        }
        if (account.getId().equals(caller.accountId())) {
            throw new DomainException("account.selfDeactivate");
        }
        Map<String, Object> before = snapshot(account);
        if (active) {
            account.activate();
        } else {
            account.deactivate();
        }
        audit.record(caller, active ? "ACCOUNT_ACTIVATED" : "ACCOUNT_DEACTIVATED", "Account", accountId,
                scopeOf(account), null, before, snapshot(account));
        return account;
    }

    @Transactional
    public void changePassword(Caller caller, String currentPassword, String newPassword, String repeat) {
        if (!caller.isAuthenticated() || caller.accountId() == null) {
            throw new AccessDeniedException();
        }
        Account account = em.find(Account.class, caller.accountId());
        if (!passwords.verify(currentPassword, account.getPasswordHash())) {
            throw new FieldException("currentPassword", "password.current.wrong");
        }
        if (newPassword == null || !newPassword.equals(repeat)) {
            throw new FieldException("repeat", "register.password.mismatch");
        }
        try {
            account.changePasswordHash(passwords.hashNew(newPassword));
        } catch (DomainException e) {
            throw new FieldException("newPassword", e.messageKey(), e.args());
        }
        audit.record(caller, "PASSWORD_CHANGED", "Account", account.getId(), scopeOf(account), null, null, null);
    }

    @Transactional
    public void recordLogin(String username, String locale) {
        em.createQuery("select a from Account a where a.username = :u", Account.class).setParameter("u", username)
                .getResultList().forEach(a -> {
                    a.recordLogin(Instant.now());
                    if (locale != null) {
                        a.setLocale(locale);
                    }
                });
    }

    public Account find(Caller caller, long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null || !canSee(caller, account)) {
            throw new NotFoundException();
        }
        return account;
    }

    /** Filters: {@code username}, {@code displayName}, {@code text} (either of them; contains), {@code organisationId}. */
    public Page<Account> page(Caller caller, PageRequest request) {
        if (!caller.isAuthenticated()) {
            throw new AccessDeniedException();
        }
        String username = request.filter("username");
        String displayName = request.filter("displayName");
        String orgFilter = request.filter("organisationId");
        String text = request.filter("text");
        return JpaPaging.page(em, Account.class, request, SORTABLE, "username", true, (cb, root) -> {
            List<Predicate> p = new ArrayList<>();
            if (!caller.isAdmin()) {
                Predicate self = cb.equal(root.get("id"), caller.accountId());
                Predicate scope = self;
                if (caller.organisationId() != null) {
                    scope = cb.or(scope, cb.equal(root.get("organisationId"), caller.organisationId()));
                }
                if (caller.has(Role.HR_OFFICER) && caller.regionPath() != null) {
                    Subquery<Long> inRegion = cb.createQuery().subquery(Long.class);
                    Root<Organisation> o = inRegion.from(Organisation.class);
                    inRegion.select(o.get("id")).where(cb.like(o.get("regionPath"),
                            RegionPath.likePattern(caller.regionPath()), '\\'));
                    scope = cb.or(scope, root.get("organisationId").in(inRegion));
                }
                p.add(scope);
            }
            if (username != null) {
                p.add(JpaPaging.contains(cb, root.get("username"), username));
            }
            if (displayName != null) {
                p.add(JpaPaging.contains(cb, root.get("displayName"), displayName));
            }
            if (text != null) {
                p.add(cb.or(JpaPaging.contains(cb, root.get("username"), text),
                        JpaPaging.contains(cb, root.get("displayName"), text)));
            }
            if (orgFilter != null) {
                try {
                    p.add(cb.equal(root.get("organisationId"), Long.parseLong(orgFilter)));
                } catch (NumberFormatException e) {
                    p.add(cb.disjunction());
                }
            }
            return p;
        });
    }

    /**
     * A worker's profile. The holder sees the full ID number; admins and HR officers see it masked;
     * anybody else gets nothing.
     */
    public WorkerProfile workerProfile(Caller caller, long accountId) {
        boolean self = caller.accountId() != null && caller.accountId() == accountId;
        if (!self && !caller.isAdmin() && !caller.has(Role.HR_OFFICER)) {
            throw new NotFoundException();
        }
        Worker w = em.find(Worker.class, accountId);
        if (w == null) {
            throw new NotFoundException();
        }
        String id = self ? cipher.decrypt(w.getIdNumberEnc()) : w.getIdNumberMasked();
        return new WorkerProfile(w.getAccountId(), w.getRealName(), id, !self, w.getGender().name(),
                w.getBirthDate(), w.getPhone(), w.getHukouRegionCode());
    }

    private boolean canSee(Caller caller, Account account) {
        if (caller.isAdmin() || account.getId().equals(caller.accountId())) {
            return true;
        }
        if (account.getOrganisationId() == null) {
            return false;
        }
        Organisation org = em.find(Organisation.class, account.getOrganisationId());
        return org != null && caller.covers(org.getId(), org.getRegionPath());
    }

    private AuditLog.Scope scopeOf(Account account) {
        if (account.getOrganisationId() == null) {
            return AuditLog.Scope.NONE;
        }
        Organisation org = em.find(Organisation.class, account.getOrganisationId());
        return new AuditLog.Scope(org.getId(), org.getRegionPath());
    }

    static Map<String, Object> snapshot(Account a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", a.getUsername());
        m.put("displayName", a.getDisplayName());
        m.put("organisationId", a.getOrganisationId());
        m.put("roles", a.getRoles());
        m.put("active", a.isActive());
        return m;
    }
}
