package org.skillpass.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.skillpass.identity.domain.Account;
import org.skillpass.identity.domain.Role;
import org.skillpass.identity.domain.Worker;
import org.skillpass.shared.application.Caller;
import org.skillpass.shared.domain.FieldException;
import org.skillpass.shared.domain.IdNumber;
import org.skillpass.shared.domain.InvalidIdNumberException;
import org.skillpass.shared.domain.Text;
import org.skillpass.shared.infrastructure.FieldCipher;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Worker self-registration (实名注册): one transaction creates the account, its WORKER role, the
 * worker record with the encrypted ID number, and the audit entry, or nothing at all.
 */
@ApplicationScoped
public class RegistrationService {

    @PersistenceContext(unitName = "skillpass")
    EntityManager em;

    @Inject
    PasswordService passwords;

    @Inject
    FieldCipher cipher;

    @Inject
    AuditLog audit;

    @Transactional
    public Account registerWorker(WorkerRegistration form) {
        String name = Text.trimToNull(form.realName());
        if (!Text.isPersonName(name)) {
            throw new FieldException("realName", "register.realName.invalid");
        }
        IdNumber id;
        try {
            id = IdNumber.parse(form.idNumber());
        } catch (InvalidIdNumberException e) {
            throw new FieldException("idNumber", e.messageKey());
        }
        String phone = Text.trimToNull(form.phone());
        if (!Text.isMobile(phone)) {
            throw new FieldException("phone", "register.phone.invalid");
        }
        if (form.password() == null || !form.password().equals(form.passwordRepeat())) {
            throw new FieldException("passwordRepeat", "register.password.mismatch");
        }
        if (!form.consent()) {
            throw new FieldException("consent", "register.consent.required");
        }
        String hash;
        try {
            hash = passwords.hashNew(form.password());
        } catch (org.skillpass.shared.domain.DomainException e) {
            throw new FieldException("password", e.messageKey(), e.args());
        }
        String idHash = cipher.blindIndex(id.value());
        if (exists("select count(a) from Account a where a.username = :v", phone)
                || exists("select count(w) from Worker w where w.phone = :v", phone)) {
            throw new FieldException("phone", "register.phone.taken");
        }
        if (exists("select count(w) from Worker w where w.idNumberHash = :v", idHash)) {
            throw new FieldException("idNumber", "register.idNumber.taken");
        }

        Account account = new Account(phone, hash, name, Role.WORKER, null);
        if (form.locale() != null) {
            account.setLocale(form.locale());
        }
        Worker worker;
        try {
            em.persist(account);
            em.flush();
            worker = new Worker(account, name, cipher.encrypt(id.value()), idHash, id.masked(), id.gender(),
                    id.birthDate(), phone, id.addressCode());
            em.persist(worker);
            em.flush();
        } catch (PersistenceException e) {
            // a concurrent registration took the phone or ID between the checks and the insert
            throw new FieldException("phone", "register.duplicate");
        }
        Caller self = new Caller(account.getId(), account.getUsername(), account.getRoles(), null, null, null);
        audit.record(self, "WORKER_REGISTERED", "Worker", account.getId(), AuditLog.Scope.NONE, null, null,
                snapshot(worker));
        return account;
    }

    private boolean exists(String jpql, String value) {
        return em.createQuery(jpql, Long.class).setParameter("v", value).getSingleResult() > 0;
    }

    static Map<String, Object> snapshot(Worker w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("realName", w.getRealName());
        m.put("idNumber", w.getIdNumberMasked());
        m.put("gender", w.getGender());
        m.put("birthDate", w.getBirthDate().toString());
        m.put("phone", w.getPhone());
        m.put("hukouRegion", w.getHukouRegionCode());
        return m;
    }
}
