package org.skillpass.subsidy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.skillpass.identity.application.AuditLog;
import org.skillpass.identity.domain.Role;
import org.skillpass.shared.application.Caller;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.domain.FieldException;
import org.skillpass.shared.domain.NotFoundException;
import org.skillpass.shared.domain.Page;
import org.skillpass.shared.domain.PageRequest;
import org.skillpass.shared.domain.RegionPath;
import org.skillpass.shared.web.Messages;
import org.skillpass.subsidy.domain.ClaimState;
import org.skillpass.subsidy.domain.ClaimType;
import org.skillpass.subsidy.domain.Deidentification;
import org.skillpass.subsidy.domain.NoticePeriod;
import org.skillpass.subsidy.domain.Objection;
import org.skillpass.subsidy.domain.PayeeType;
import org.skillpass.subsidy.domain.PublicNotice;
import org.skillpass.subsidy.domain.SubsidyClaim;
import org.skillpass.subsidy.domain.SubsidySettings;
import org.skillpass.subsidy.infrastructure.SubsidyFacts;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The public notice (公示) of approved claims: an HR officer publishes the approved claims of the bureau's
 * region as one notice (set-based: every claim to PUBLIC_NOTICE with its audit entry and event); anyone
 * reads it without signing in, de-identified (masked names, masked ID numbers), as a page, PDF or xlsx,
 * and may object while it runs ({@code subsidy.notice-working-days} working days, 5 by default, on the
 * region's working-day calendar). After its last day the officer releases its claims to payment: a claim
 * named by an open objection, or every claim while an objection against the whole notice is open, stays
 * behind until the objection is resolved.
 */
@ApplicationScoped
public class NoticeService {

    @PersistenceContext(unitName = "skillpass")
    EntityManager em;

    @Inject
    ClaimChanges changes;

    @Inject
    SubsidyConfiguration config;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "skillpass.subsidy.objections-per-hour", defaultValue = "5")
    int objectionsPerHour;

    /** A published claim as the public sees it. */
    public record NoticeRow(int no, String reference, String name, String idMasked, ClaimType type, String occupation,
                            Integer level, String organisation, BigDecimal amount, PayeeType payee, ClaimState state) {
    }

    public record ReleaseResult(int released, int held) {
    }

    // ---- publishing -------------------------------------------------------------------------------------

    /** Publishes every approved claim of the caller's region (an admin names the region) from today. */
    @Transactional
    public PublicNotice publish(Caller caller, String regionCode, String title) {
        return publish(caller, regionCode, title, LocalDate.now());
    }

    /** As {@link #publish(Caller, String, String)} from a given day (today or later). */
    @Transactional
    public PublicNotice publish(Caller caller, String regionCode, String title, LocalDate publishedOn) {
        caller.require(Role.HR_OFFICER, Role.ADMIN);
        String path = regionCode == null || regionCode.isBlank() ? caller.regionPath() : config.regionPath(regionCode.strip());
        if (path == null || !(caller.isAdmin() || RegionPath.covers(caller.regionPath(), path))) {
            throw new NotFoundException();
        }
        if (publishedOn == null || publishedOn.isBefore(LocalDate.now())) {
            throw new FieldException("publishedOn", "subsidy.notice.publishedOn");
        }
        String code = SubsidyConfiguration.regionCode(path);
        List<ClaimChanges.Row> rows = changes.lockWhere("state = 'APPROVED' AND notice_id IS NULL AND region_path LIKE ?",
                RegionPath.likePattern(path));
        if (rows.isEmpty()) {
            throw new DomainException("subsidy.notice.empty");
        }
        SubsidySettings settings = config.settings(path, publishedOn);
        NoticePeriod period = NoticePeriod.of(publishedOn, settings, config.calendar(path));
        String t = title == null || title.isBlank() ? defaultTitle(code, publishedOn) : title.strip();
        if (t.length() > 255) {
            throw new FieldException("title", "subsidy.notice.title.long");
        }
        Instant now = Instant.now();
        PublicNotice n = new PublicNotice(code, path, t, period, settings.noticeWorkingDays(), caller.username(), now);
        BigDecimal total = rows.stream().map(ClaimChanges.Row::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        n.counted(rows.size(), total);
        em.persist(n);
        em.flush();
        changes.moveAll(caller, rows, ClaimState.PUBLIC_NOTICE, "SUBSIDY_CLAIM_PUBLISHED", null, "notice_id = ?",
                List.of(n.getId()), now);
        audit.record(caller, "SUBSIDY_NOTICE_PUBLISHED", "SubsidyNotice", n.getId(), new AuditLog.Scope(null, path), null, null,
                Map.of("claims", rows.size(), "total", total, "publishedOn", period.published().toString(),
                        "endsOn", period.ends().toString()));
        return n;
    }

    private String defaultTitle(String regionCode, LocalDate on) {
        Object name = em.createNativeQuery("SELECT name_zh FROM region WHERE code = ?").setParameter(1, regionCode).getSingleResult();
        return Messages.text(Locale.SIMPLIFIED_CHINESE, "subsidy.notice.defaultTitle", name, on.toString());
    }

    /** A notice for anyone (no login): it is public once published. */
    public PublicNotice notice(long noticeId) {
        PublicNotice n = em.find(PublicNotice.class, noticeId);
        if (n == null) {
            throw new NotFoundException();
        }
        return n;
    }

    /** Notices published recently (open ones first), for the public list. */
    public List<PublicNotice> recent(int max) {
        return em.createQuery("select n from PublicNotice n order by n.state, n.publishedOn desc, n.id desc", PublicNotice.class)
                .setMaxResults(max).getResultList();
    }

    /** The notices of the caller's region, newest first, for the officer's page. */
    public List<PublicNotice> ofRegion(Caller caller) {
        caller.require(Role.HR_OFFICER, Role.ADMIN);
        if (caller.isAdmin()) {
            return em.createQuery("select n from PublicNotice n order by n.id desc", PublicNotice.class).setMaxResults(200).getResultList();
        }
        return em.createQuery("select n from PublicNotice n where n.regionPath like :p order by n.id desc", PublicNotice.class)
                .setParameter("p", RegionPath.likePattern(caller.regionPath())).setMaxResults(200).getResultList();
    }

    // ---- the de-identified list ------------------------------------------------------------------------------

    public Page<NoticeRow> rows(long noticeId, PageRequest request) {
        notice(noticeId);
        long total = SubsidyFacts.num(em.createNativeQuery("SELECT COUNT(*) FROM subsidy_claim WHERE notice_id = ?")
                .setParameter(1, noticeId).getSingleResult());
        return new Page<>(query(noticeId, request.offset(), request.size()), total);
    }

    /** Every row of a notice, for the PDF and xlsx. */
    public List<NoticeRow> allRows(long noticeId) {
        notice(noticeId);
        return query(noticeId, 0, Integer.MAX_VALUE);
    }

    private List<NoticeRow> query(long noticeId, int offset, int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT c.id, w.real_name, w.id_number_masked, c.type, COALESCE(oc.name_zh, c.occupation_code), c.level,
                       org.name, c.amount, c.payee_type, c.state
                FROM subsidy_claim c
                JOIN worker w ON w.account_id = c.worker_account_id
                LEFT JOIN occupation oc ON oc.id = c.occupation_id
                LEFT JOIN organisation org ON org.id = c.organisation_id
                WHERE c.notice_id = ? ORDER BY c.id LIMIT ? OFFSET ?""")
                .setParameter(1, noticeId).setParameter(2, size).setParameter(3, offset).getResultList();
        List<NoticeRow> out = new ArrayList<>(rows.size());
        int no = offset;
        for (Object[] r : rows) {
            long id = SubsidyFacts.num(r[0]);
            // the stored masked number is IdNumber.mask of the real one; masking it again changes nothing
            out.add(new NoticeRow(++no, SubsidyClaim.reference(id), Deidentification.name((String) r[1]),
                    Deidentification.idNumber((String) r[2]), ClaimType.valueOf((String) r[3]), (String) r[4],
                    SubsidyFacts.nullableInt(r[5]), (String) r[6], (BigDecimal) r[7], PayeeType.valueOf((String) r[8]),
                    ClaimState.valueOf((String) r[9])));
        }
        return out;
    }

    // ---- objections -----------------------------------------------------------------------------------------

    /** An objection as shown to officers (and, without contact data, nowhere else). */
    public record ObjectionView(long id, long noticeId, Long claimId, String reference, String objectorName, String contact,
                                String text, Instant filedAt, Objection.State state, String resolution, String resolvedBy,
                                long version) {
    }

    /**
     * Anyone may object while the notice runs (publication day through its last day), naming a claim by its
     * reference or none. Limited per client address ({@code skillpass.subsidy.objections-per-hour}).
     */
    @Transactional
    public Objection object(long noticeId, String claimReference, String name, String contact, String text,
                            String clientAddress, LocalDate today) {
        PublicNotice n = notice(noticeId);
        if (!n.period().open(today)) {
            throw new DomainException("subsidy.objection.closed", n.getEndsOn().toString());
        }
        String body = text == null ? "" : text.strip();
        if (body.length() < 5) {
            throw new FieldException("text", "subsidy.objection.text.required");
        }
        if (body.length() > 2000) {
            throw new FieldException("text", "subsidy.objection.text.long");
        }
        Long claimId = null;
        if (claimReference != null && !claimReference.isBlank()) {
            claimId = SubsidyClaim.idOf(claimReference);
            SubsidyClaim c = claimId == null ? null : em.find(SubsidyClaim.class, claimId);
            if (c == null || c.getNoticeId() == null || c.getNoticeId() != noticeId) {
                throw new FieldException("reference", "subsidy.objection.reference");
            }
        }
        String who = trim(name, 64, "name");
        String reach = trim(contact, 64, "contact");
        if (clientAddress != null) {
            long recent = SubsidyFacts.num(em.createNativeQuery("SELECT COUNT(*) FROM subsidy_objection WHERE client_address = ? "
                    + "AND filed_at > ?").setParameter(1, clientAddress)
                    .setParameter(2, Timestamp.from(Instant.now().minusSeconds(3600))).getSingleResult());
            if (recent >= objectionsPerHour) {
                throw new DomainException("subsidy.objection.tooMany");
            }
        }
        Objection o = new Objection(noticeId, claimId, who, reach, body, clientAddress, Instant.now());
        em.persist(o);
        em.flush();
        audit.record(Caller.anonymous(), "SUBSIDY_OBJECTION_FILED", "SubsidyObjection", o.getId(),
                new AuditLog.Scope(null, n.getRegionPath()), null, null,
                Map.of("noticeId", noticeId, "claim", claimReference == null ? "" : claimReference.strip()));
        return o;
    }

    private static String trim(String s, int max, String field) {
        if (s == null || s.isBlank()) {
            return null;
        }
        if (s.strip().length() > max) {
            throw new FieldException(field, "subsidy.objection.field.long", max);
        }
        return s.strip();
    }

    public List<ObjectionView> objections(Caller caller, long noticeId) {
        PublicNotice n = forOfficer(caller, noticeId);
        return objectionsOf(em, "o.notice_id = ?", n.getId());
    }

    static List<ObjectionView> objectionsOf(EntityManager em, String where, long param) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT o.id, o.notice_id, o.claim_id, o.objector_name, o.contact, o.text, "
                + "o.filed_at, o.state, o.resolution, o.resolved_by, o.version FROM subsidy_objection o WHERE " + where
                + " ORDER BY o.id").setParameter(1, param).getResultList();
        return rows.stream().map(r -> new ObjectionView(SubsidyFacts.num(r[0]), SubsidyFacts.num(r[1]),
                SubsidyFacts.nullableNum(r[2]), r[2] == null ? null : SubsidyClaim.reference(SubsidyFacts.num(r[2])),
                (String) r[3], (String) r[4], (String) r[5], SubsidyFacts.instant(r[6]), Objection.State.valueOf((String) r[7]),
                (String) r[8], (String) r[9], SubsidyFacts.num(r[10]))).toList();
    }

    /**
     * Resolves an objection: DISMISSED (the claim goes on to payment when the notice is released), or
     * UPHELD — the approval was wrong, so the named claim is recovered (追回, nothing was paid yet: 0).
     */
    @Transactional
    public Objection resolve(Caller caller, long objectionId, long expectedVersion, boolean upheld, String resolution) {
        Objection o = em.find(Objection.class, objectionId, LockModeType.PESSIMISTIC_WRITE);
        if (o == null) {
            throw new NotFoundException();
        }
        PublicNotice n = forOfficer(caller, o.getNoticeId());
        if (o.getVersion() != expectedVersion) {
            throw new DomainException("subsidy.objection.changed");
        }
        Instant now = Instant.now();
        o.resolve(upheld, resolution, caller.username(), now);
        if (upheld && o.getClaimId() != null) {
            SubsidyClaim c = em.find(SubsidyClaim.class, o.getClaimId(), LockModeType.PESSIMISTIC_WRITE);
            if (c.getState().canMoveTo(ClaimState.RECOVERED)) {
                ClaimState from = c.getState();
                var before = c.snapshot();
                c.recover(now, caller.username(), null, Messages.text(Locale.SIMPLIFIED_CHINESE, "subsidy.objection.upheldReason",
                        o.getResolution()));
                em.flush();
                changes.changed(caller, c, from, "SUBSIDY_CLAIM_RECOVERED", c.getRecoveryReason(), before, c.getRecoveredAmount(), now);
            }
        }
        em.flush();
        audit.record(caller, upheld ? "SUBSIDY_OBJECTION_UPHELD" : "SUBSIDY_OBJECTION_DISMISSED", "SubsidyObjection", o.getId(),
                new AuditLog.Scope(null, n.getRegionPath()), o.getResolution(), null, Map.of("state", o.getState().name()));
        return o;
    }

    // ---- release to payment -------------------------------------------------------------------------------------

    @Transactional
    public ReleaseResult release(Caller caller, long noticeId) {
        return release(caller, noticeId, LocalDate.now());
    }

    /**
     * After the notice's last day: its claims without an open objection become PAYABLE. While an objection
     * against the whole notice is open, nothing is released. The notice is RELEASED when none is left.
     */
    @Transactional
    public ReleaseResult release(Caller caller, long noticeId, LocalDate today) {
        PublicNotice n = forOfficer(caller, noticeId);
        em.lock(n, LockModeType.PESSIMISTIC_WRITE);
        if (!n.period().over(today)) {
            throw new DomainException("subsidy.notice.notOver", n.getEndsOn().toString());
        }
        long general = SubsidyFacts.num(em.createNativeQuery("SELECT COUNT(*) FROM subsidy_objection WHERE notice_id = ? "
                + "AND claim_id IS NULL AND state = 'OPEN'").setParameter(1, noticeId).getSingleResult());
        List<ClaimChanges.Row> rows = general > 0 ? List.of() : changes.lockWhere("notice_id = ? AND state = 'PUBLIC_NOTICE' "
                + "AND id NOT IN (SELECT o.claim_id FROM subsidy_objection o WHERE o.notice_id = ? AND o.state = 'OPEN' "
                + "AND o.claim_id IS NOT NULL)", noticeId, noticeId);
        Instant now = Instant.now();
        changes.moveAll(caller, rows, ClaimState.PAYABLE, "SUBSIDY_CLAIM_PAYABLE", null, "payable_at = ?",
                List.of(Timestamp.from(now)), now);
        int held = (int) SubsidyFacts.num(em.createNativeQuery("SELECT COUNT(*) FROM subsidy_claim WHERE notice_id = ? "
                + "AND state = 'PUBLIC_NOTICE'").setParameter(1, noticeId).getSingleResult());
        if (held == 0 && n.getState() == PublicNotice.State.OPEN) {
            n.released(now);
        }
        audit.record(caller, "SUBSIDY_NOTICE_RELEASED", "SubsidyNotice", noticeId, new AuditLog.Scope(null, n.getRegionPath()),
                null, null, Map.of("released", rows.size(), "held", held));
        return new ReleaseResult(rows.size(), held);
    }

    private PublicNotice forOfficer(Caller caller, long noticeId) {
        caller.require(Role.HR_OFFICER, Role.ADMIN);
        PublicNotice n = em.find(PublicNotice.class, noticeId);
        if (n == null || !(caller.isAdmin() || RegionPath.covers(caller.regionPath(), n.getRegionPath()))) {
            throw new NotFoundException();
        }
        return n;
    }
}
