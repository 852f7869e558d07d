package org.skillpass.subsidy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.skillpass.certificate.application.SubsidyRecords;
import org.skillpass.identity.domain.Role;
import org.skillpass.shared.application.Caller;
import org.skillpass.shared.web.Messages;
import org.skillpass.subsidy.infrastructure.SubsidyFacts;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The transcript's subsidies (the certificate context's {@link SubsidyRecords} port): the worker's claims
 * that were approved, published, payable or paid (recovered ones are not "received"), limited to what the
 * caller may see — all of them for the worker, those of the caller's organisation or region for staff and
 * officers. Amounts as granted; the date is the payment's, or the decision's before payment.
 */
@ApplicationScoped
public class ReceivedSubsidies implements SubsidyRecords {

    @PersistenceContext(unitName = "skillpass")
    EntityManager em;

    @Override
    public List<Received> received(Caller caller, long workerAccountId, Locale locale) {
        boolean self = caller.has(Role.WORKER) && Objects.equals(caller.accountId(), workerAccountId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT type, amount, state, COALESCE(paid_at, decided_at), organisation_id, "
                + "payee_organisation_id, region_path FROM subsidy_claim WHERE worker_account_id = ? "
                + "AND state IN ('APPROVED', 'PUBLIC_NOTICE', 'PAYABLE', 'PAID') ORDER BY COALESCE(paid_at, decided_at), id")
                .setParameter(1, workerAccountId).getResultList();
        List<Received> out = new ArrayList<>();
        for (Object[] r : rows) {
            Long org = SubsidyFacts.nullableNum(r[4]);
            Long payee = SubsidyFacts.nullableNum(r[5]);
            String region = (String) r[6];
            if (!self && !caller.covers(org, region) && !(payee != null && caller.covers(payee, region))) {
                continue;
            }
            var at = SubsidyFacts.instant(r[3]);
            out.add(new Received(Messages.text(locale, "subsidy.type." + r[0]), (BigDecimal) r[1],
                    Messages.text(locale, "subsidy.state." + r[2]), at == null ? null : at.atZone(ZoneId.systemDefault()).toLocalDate()));
        }
        return out;
    }
}
