package org.skillpass.subsidy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.skillpass.identity.application.AuditLog;
import org.skillpass.identity.domain.Role;
import org.skillpass.shared.application.Caller;
import org.skillpass.shared.domain.AccessDeniedException;
import org.skillpass.shared.domain.FieldException;
import org.skillpass.shared.infrastructure.FieldCipher;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where payees are paid: a learner's bank or social-security card (社保卡), an organisation's bank account.
 * The number is stored encrypted and shown masked (first 4 and last 4); only the payment export reads it
 * in full. Learners keep their own; staff keep their organisation's.
 */
@ApplicationScoped
public class PayoutAccounts {

    @PersistenceContext(unitName = "skillpass")
    EntityManager em;

    @Inject
    FieldCipher cipher;

    @Inject
    AuditLog audit;

    public record Account(String accountName, String bankName, String numberMasked) {
    }

    /** With the full number, for the payment export only. */
    public record Full(String accountName, String bankName, String number) {
    }

    public static String mask(String number) {
        String n = number.replaceAll("\\s", "");
        return n.length() <= 8 ? "****" : n.substring(0, 4) + "*".repeat(n.length() - 8) + n.substring(n.length() - 4);
    }

    /** Digits only after removing spaces; 12 to 30 of them (bank cards are 16–19, company accounts vary). */
    static String normalise(String number) {
        String n = number == null ? "" : number.replaceAll("[\\s-]", "");
        if (!n.matches("^\\d{12,30}$")) {
            throw new FieldException("accountNumber", "subsidy.account.number.invalid");
        }
        return n;
    }

    @Transactional
    public Account setForWorker(Caller caller, String accountName, String bankName, String number) {
        caller.require(Role.WORKER);
        return set(caller, caller.accountId(), null, accountName, bankName, number);
    }

    /** The caller's organisation's account (institution, assessment body or employer staff). */
    @Transactional
    public Account setForOrganisation(Caller caller, String accountName, String bankName, String number) {
        caller.require(Role.INSTITUTION_STAFF, Role.ASSESSOR, Role.EMPLOYER);
        if (caller.organisationId() == null) {
            throw new AccessDeniedException();
        }
        return set(caller, null, caller.organisationId(), accountName, bankName, number);
    }

    private Account set(Caller caller, Long worker, Long organisation, String accountName, String bankName, String number) {
        if (accountName == null || accountName.isBlank() || accountName.strip().length() > 128) {
            throw new FieldException("accountName", "subsidy.account.name.required");
        }
        if (bankName == null || bankName.isBlank() || bankName.strip().length() > 128) {
            throw new FieldException("bankName", "subsidy.account.bank.required");
        }
        String n = normalise(number);
        String masked = mask(n);
        String owner = worker != null ? "worker_account_id" : "organisation_id";
        Object ownerId = worker != null ? worker : organisation;
        Timestamp now = Timestamp.from(Instant.now());
        int updated = em.createNativeQuery("UPDATE payout_account SET account_name = ?, bank_name = ?, number_enc = ?, number_masked = ?, "
                        + "updated_at = ?, updated_by = ?, version = version + 1 WHERE " + owner + " = ?")
                .setParameter(1, accountName.strip()).setParameter(2, bankName.strip()).setParameter(3, cipher.encrypt(n))
                .setParameter(4, masked).setParameter(5, now).setParameter(6, caller.username()).setParameter(7, ownerId)
                .executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO payout_account (worker_account_id, organisation_id, account_name, bank_name, number_enc, "
                            + "number_masked, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .setParameter(1, worker).setParameter(2, organisation).setParameter(3, accountName.strip())
                    .setParameter(4, bankName.strip()).setParameter(5, cipher.encrypt(n)).setParameter(6, masked)
                    .setParameter(7, now).setParameter(8, caller.username()).executeUpdate();
        }
        Account a = new Account(accountName.strip(), bankName.strip(), masked);
        audit.record(caller, "PAYOUT_ACCOUNT_SET", "PayoutAccount", owner + ":" + ownerId,
                new AuditLog.Scope(organisation, null), null, null, a);
        return a;
    }

    public Optional<Account> ofWorker(long workerAccountId) {
        return find("worker_account_id", workerAccountId);
    }

    public Optional<Account> ofOrganisation(long organisationId) {
        return find("organisation_id", organisationId);
    }

    /** The payee's account of a claim: the learner's, or the paid organisation's. */
    public Optional<Account> ofPayee(long workerAccountId, Long payeeOrganisationId) {
        return payeeOrganisationId == null ? ofWorker(workerAccountId) : ofOrganisation(payeeOrganisationId);
    }

    private Optional<Account> find(String owner, long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT account_name, bank_name, number_masked FROM payout_account WHERE "
                + owner + " = ?").setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(r -> new Account((String) r[0], (String) r[1], (String) r[2]));
    }

    /** Decrypts an account number read by the payment export. */
    public String decrypt(String encrypted) {
        return cipher.decrypt(encrypted);
    }
}
