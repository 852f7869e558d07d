package org.skillpass.reporting;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.skillpass.assessment.application.AssessmentService;
import org.skillpass.assessment.domain.AssessmentMode;
import org.skillpass.assessment.domain.AssessmentSession;
import org.skillpass.assessment.domain.Candidate;
import org.skillpass.assessment.domain.PanelMember;
import org.skillpass.catalog.application.CatalogService;
import org.skillpass.catalog.application.ClassService;
import org.skillpass.certificate.application.CertificateService;
import org.skillpass.enrolment.application.OrderService;
import org.skillpass.identity.application.CurrentCaller;
import org.skillpass.reporting.application.EmployerReport;
import org.skillpass.reporting.application.InstitutionReport;
import org.skillpass.reporting.application.RegionReport;
import org.skillpass.reporting.application.ReportTable;
import org.skillpass.reporting.application.ReportTables;
import org.skillpass.reporting.application.ReportingService;
import org.skillpass.reporting.application.SummaryUpdater;
import org.skillpass.reporting.application.TargetService;
import org.skillpass.reporting.domain.Figures;
import org.skillpass.reporting.domain.Period;
import org.skillpass.reporting.infrastructure.Sql;
import org.skillpass.reporting.infrastructure.Summaries;
import org.skillpass.shared.application.Caller;
import org.skillpass.shared.domain.AccessDeniedException;
import org.skillpass.shared.domain.NotFoundException;
import org.skillpass.subsidy.application.ClaimStateChanged;
import org.skillpass.subsidy.application.ClaimsStateChanged;
import org.skillpass.subsidy.domain.ClaimState;
import org.skillpass.subsidy.domain.ClaimType;
import org.skillpass.subsidy.domain.PayeeType;
import org.skillpass.testsupport.Deployments;
import org.skillpass.testsupport.ReportFixtures;
import org.skillpass.testsupport.ReportFixtures.Tree;
import org.skillpass.testsupport.TestData;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reporting against MariaDB on a small fixed dataset in a region tree of its own, every figure checked
 * against values computed by hand (see {@link World}): classes completed, results locked, certificates
 * issued and revoked, hires decided and claims moved through the real services and events; period
 * boundaries (31 March in Q1, 1 April in Q2, a claim paid at 00:30 Beijing time on 1 April), region
 * boundaries (sub-regions, an institution located directly in a city), scoping between cities, exports,
 * and the rebuild from source tables agreeing with the figures kept as things happened.
 */
@ExtendWith(ArquillianExtension.class)
class ReportingIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.skillpass(ReportingIT.class);
    }

    @Inject
    ReportingService reports;
    @Inject
    TargetService targets;
    @Inject
    SummaryUpdater summaries;
    @Inject
    ClassService classes;
    @Inject
    AssessmentService assessments;
    @Inject
    CatalogService catalog;
    @Inject
    CertificateService certificates;
    @Inject
    OrderService orders;
    @Inject
    Event<ClaimStateChanged> claimEvents;
    @Inject
    Event<ClaimsStateChanged> claimBatches;
    @Inject
    UserTransaction tx;
    @PersistenceContext(unitName = "skillpass")
    EntityManager em;
    @ArquillianResource
    URL base;

    private static final Period Y2025 = Period.year(2025);

    /**
     * The fixed dataset (names: classes A–F, learners a1…, institutions I1–I4). Region tree: province P, city C1
     * with counties K1 and K2, city C2 with county K3. I1 in K1, I2 in K2, I3 in K3, I4 directly in C1; the
     * assessment body B1 and the employer E1 in C1 / K1.
     * <pre>
     * A  I1  电工 L4, EMPLOYMENT_SKILLS, ON_SITE   2025-03-01..03-31 cap 10, 5 seats: a1-a5 complete; a6 withdrew
     *        on 10 Mar (a dropout: participant); a7 withdrew before the start, a8 waitlisted (neither counts).
     *        Assessed a1-a4 (a4 fails); certificates for a1-a3, a3's revoked → assessed 4, passed 3, certified 2
     * B  I1  养老护理员 L5, EMPLOYMENT_SKILLS, MOBILE 2025-03-20..04-01 cap 8, b1-b4 complete (Q2: ends 1 April)
     * C  I2  电工 L4, ON_THE_JOB_UPGRADE, ON_SITE  2025-06-01..06-30 cap 5, order O1 (E1, 5 ordered), c1-c3 complete;
     *        c1 hired from 15 Jul 2025 (employed at 6 months), c2 from 1 Feb 2026 (too late), c3 not hired
     * D  I3  no occupation, PRE_EMPLOYMENT, VILLAGE 2025-03-01..03-15 cap 4, d1-d2 complete (city C2)
     * E  I4  电工 L4, EMPLOYMENT_SKILLS, ONLINE    ended 10 days ago, order O2 (4 ordered), e1-e2 complete, e1 hired:
     *        not six months yet, so not in the employment rate
     * F  I1  养老护理员 L5, HIGH_SKILL, ON_SITE     2025-05-01..05-10 cap 12, 3 seats, never completed: counts nothing
     * Claims: cl1 TRAINING/INSTITUTION K1 1500 submitted 5 Mar, approved 20 Mar, paid 31 Mar 16:30 UTC = 1 Apr Beijing;
     *         cl2 LIVING_ALLOWANCE/LEARNER K2 300 submitted, approved, paid in May, recovered 10 Jun;
     *         cl3 TRAINING/LEARNER K3 1000 submitted and approved in Feb; cl4 ASSESSMENT/ASSESSMENT_BODY K1 200 rejected.
     * Flags: two open OUTSIDE_SESSION and one resolved STUDENT on A; one open SAME_SECOND on D.
     * Targets 2025: P 500, C1 100, K1 40.
     * </pre>
     */
    record World(Tree tree, long i1, long i2, long i3, long i4, long body, long employer, long order1, long order2,
                 long a, long b, long c, long d, long e, long f, LocalDate eEnd, Caller hrProvince, Caller hrCity1, Caller hrCity2,
                 Caller staff1, Caller employerStaff, Caller admin) {
    }

    private Caller caller(String role, Long org) throws Exception {
        String u = TestData.unique(role.toLowerCase().replace('_', '.') + ".");
        TestData.account(u, role, role, org);
        return CurrentCaller.forUsername(em, u);
    }

    private Caller callerNamed(String username) {
        return CurrentCaller.forUsername(em, username);
    }

    private World world() throws Exception {
        String tag = TestData.unique("");
        Tree t = ReportFixtures.tree(tag.substring(tag.length() - 4));
        long i1 = TestData.organisation("INSTITUTION", "东区职业培训学校" + tag, t.county11().code());
        long i2 = TestData.organisation("INSTITUTION", "西区技工学校" + tag, t.county12().code());
        long i3 = TestData.organisation("INSTITUTION", "南县农民学校" + tag, t.county21().code());
        long i4 = TestData.organisation("INSTITUTION", "甲市远程培训中心" + tag, t.city1().code());
        long body = TestData.organisation("ASSESSMENT_BODY", "甲市鉴定中心" + tag, t.city1().code());
        long employer = TestData.organisation("EMPLOYER", "东区电力公司" + tag, t.county11().code());
        Caller staff1 = caller("INSTITUTION_STAFF", i1);
        Caller staff2 = caller("INSTITUTION_STAFF", i2);
        Caller staff3 = caller("INSTITUTION_STAFF", i3);
        Caller staff4 = caller("INSTITUTION_STAFF", i4);
        Caller employerStaff = caller("EMPLOYER", employer);
        Caller hrProvince = caller("HR_OFFICER", TestData.organisation("HR_BUREAU", "测试省人社厅" + tag, t.province().code()));
        Caller hrCity1 = caller("HR_OFFICER", TestData.organisation("HR_BUREAU", "甲市人社局" + tag, t.city1().code()));
        Caller hrCity2 = caller("HR_OFFICER", TestData.organisation("HR_BUREAU", "乙市人社局" + tag, t.city2().code()));
        Caller admin = caller("ADMIN", null);

        long cA = ReportFixtures.course(i1, "OCCUPATION_LEVEL", "6-31-01-03", 4, "EMPLOYMENT_SKILLS", "ON_SITE");
        long cB = ReportFixtures.course(i1, "OCCUPATION_LEVEL", "4-10-01-05", 5, "EMPLOYMENT_SKILLS", "MOBILE");
        long cC = ReportFixtures.course(i2, "OCCUPATION_LEVEL", "6-31-01-03", 4, "ON_THE_JOB_UPGRADE", "ON_SITE");
        long cD = ReportFixtures.course(i3, "ENTREPRENEURSHIP", null, null, "PRE_EMPLOYMENT", "VILLAGE");
        long cE = ReportFixtures.course(i4, "OCCUPATION_LEVEL", "6-31-01-03", 4, "EMPLOYMENT_SKILLS", "ONLINE");
        long cF = ReportFixtures.course(i1, "OCCUPATION_LEVEL", "4-10-01-05", 5, "HIGH_SKILL", "ON_SITE");
        long order1 = ReportFixtures.acceptedOrder(employer, i2, "6-31-01-03", 4, 5);
        long order2 = ReportFixtures.acceptedOrder(employer, i4, "6-31-01-03", 4, 4);

        LocalDate aStart = LocalDate.of(2025, 3, 1);
        long a = ReportFixtures.classInTraining(cA, i1, "电工A班" + tag, aStart, LocalDate.of(2025, 3, 31), 10, 5, null);
        long[] as = new long[8];
        for (int i = 0; i < 5; i++) {
            as[i] = ReportFixtures.confirmed(a, "张测甲" + i, aStart);
        }
        as[5] = ReportFixtures.enrol(a, TestData.worker("张测退出"), "WITHDRAWN", LocalDateTime.of(2025, 2, 25, 9, 0),
                LocalDateTime.of(2025, 3, 10, 18, 0));
        as[6] = ReportFixtures.enrol(a, TestData.worker("张测未到"), "WITHDRAWN", LocalDateTime.of(2025, 2, 10, 9, 0),
                LocalDateTime.of(2025, 2, 20, 18, 0));
        as[7] = ReportFixtures.enrol(a, TestData.worker("张测候补"), "WAITLISTED", null, null);

        LocalDate bStart = LocalDate.of(2025, 3, 20);
        long b = ReportFixtures.classInTraining(cB, i1, "护理B班" + tag, bStart, LocalDate.of(2025, 4, 1), 8, 4, null);
        for (int i = 0; i < 4; i++) {
            ReportFixtures.confirmed(b, "张测乙" + i, bStart);
        }
        LocalDate cStart = LocalDate.of(2025, 6, 1);
        long c = ReportFixtures.classInTraining(cC, i2, "电工C订单班" + tag, cStart, LocalDate.of(2025, 6, 30), 5, 3, order1);
        long[] cs = new long[3];
        for (int i = 0; i < 3; i++) {
            cs[i] = ReportFixtures.confirmed(c, "张测丙" + i, cStart);
        }
        LocalDate dStart = LocalDate.of(2025, 3, 1);
        long d = ReportFixtures.classInTraining(cD, i3, "创业D班" + tag, dStart, LocalDate.of(2025, 3, 15), 4, 2, null);
        for (int i = 0; i < 2; i++) {
            ReportFixtures.confirmed(d, "张测丁" + i, dStart);
        }
        LocalDate eEnd = LocalDate.now().minusDays(10);
        long e = ReportFixtures.classInTraining(cE, i4, "电工E订单班" + tag, eEnd.minusDays(30), eEnd, 6, 2, order2);
        long[] es = {ReportFixtures.confirmed(e, "张测戊0", eEnd.minusDays(30)), ReportFixtures.confirmed(e, "张测戊1", eEnd.minusDays(30))};
        LocalDate fStart = LocalDate.of(2025, 5, 1);
        long f = ReportFixtures.classInTraining(cF, i1, "护理F班" + tag, fStart, LocalDate.of(2025, 5, 10), 12, 3, null);
        for (int i = 0; i < 3; i++) {
            ReportFixtures.confirmed(f, "张测己" + i, fStart);
        }

        // classes complete through the service: the enrolment context completes the learners, reporting counts the class
        classes.complete(staff1, a);
        classes.complete(staff1, b);
        classes.complete(staff2, c);
        classes.complete(staff3, d);
        classes.complete(staff4, e);

        // assessment of class A's learners a1-a4: a4 fails; the lock issues skill-level certificates to a1-a3
        lockedAssessment(body, tag, new long[]{as[0], as[1], as[2], as[3]}, new boolean[]{true, true, true, false});
        long a3Certificate = TestData.count("select id from certificate where enrolment_id = ?", as[2]);
        certificates.revoke(hrCity1, a3Certificate, "证书信息有误，收回");

        orders.decideHire(employerStaff, order1, cs[0], true, LocalDate.of(2025, 7, 15), null);
        orders.decideHire(employerStaff, order1, cs[1], true, LocalDate.of(2026, 2, 1), null);
        orders.decideHire(employerStaff, order1, cs[2], false, null, "未达到岗位要求");
        orders.decideHire(employerStaff, order2, es[0], true, LocalDate.now().plusDays(5), null);

        String k1 = t.county11().path();
        String k2 = t.county12().path();
        String k3 = t.county21().path();
        claim(ClaimType.TRAINING, PayeeType.INSTITUTION, i1, i1, t.county11().code(), k1, "1500", new Object[][]{
                {null, ClaimState.DRAFT, "2025-03-01T02:00:00Z"}, {ClaimState.DRAFT, ClaimState.SUBMITTED, "2025-03-05T02:00:00Z"},
                {ClaimState.SUBMITTED, ClaimState.APPROVED, "2025-03-20T02:00:00Z"},
                {ClaimState.APPROVED, ClaimState.PUBLIC_NOTICE, "2025-03-21T02:00:00Z"},
                {ClaimState.PUBLIC_NOTICE, ClaimState.PAYABLE, "2025-03-28T02:00:00Z"},
                {ClaimState.PAYABLE, ClaimState.PAID, "2025-03-31T16:30:00Z"}});
        claim(ClaimType.LIVING_ALLOWANCE, PayeeType.LEARNER, null, i2, t.county12().code(), k2, "300", new Object[][]{
                {null, ClaimState.SUBMITTED, "2025-05-01T02:00:00Z"}, {ClaimState.SUBMITTED, ClaimState.APPROVED, "2025-05-10T02:00:00Z"},
                {ClaimState.APPROVED, ClaimState.PUBLIC_NOTICE, "2025-05-11T02:00:00Z"},
                {ClaimState.PUBLIC_NOTICE, ClaimState.PAYABLE, "2025-05-15T02:00:00Z"},
                {ClaimState.PAYABLE, ClaimState.PAID, "2025-05-20T02:00:00Z"}, {ClaimState.PAID, ClaimState.RECOVERED, "2025-06-10T02:00:00Z"}});
        claim(ClaimType.TRAINING, PayeeType.LEARNER, null, i3, t.county21().code(), k3, "1000", new Object[][]{
                {null, ClaimState.SUBMITTED, "2025-02-01T02:00:00Z"}, {ClaimState.SUBMITTED, ClaimState.APPROVED, "2025-02-10T02:00:00Z"}});
        claim(ClaimType.ASSESSMENT, PayeeType.ASSESSMENT_BODY, body, i1, t.county11().code(), k1, "200", new Object[][]{
                {null, ClaimState.SUBMITTED, "2025-03-02T02:00:00Z"}, {ClaimState.SUBMITTED, ClaimState.REJECTED, "2025-03-10T02:00:00Z"}});

        ReportFixtures.flag("OUTSIDE_SESSION", a, ReportFixtures.workerOf(as[0]), true);
        ReportFixtures.flag("OUTSIDE_SESSION", a, ReportFixtures.workerOf(as[1]), true);
        ReportFixtures.flag("STUDENT", a, ReportFixtures.workerOf(as[2]), false);
        ReportFixtures.flag("SAME_SECOND", d, TestData.worker("张测庚"), true);

        targets.set(admin, t.province().code(), 2025, 500);
        targets.set(admin, t.city1().code(), 2025, 100);
        targets.set(admin, t.county11().code(), 2025, 40);
        return new World(t, i1, i2, i3, i4, body, employer, order1, order2, a, b, c, d, e, f, eEnd, hrProvince, hrCity1, hrCity2,
                staff1, employerStaff, admin);
    }

    /**
     * A claim as the subsidy context leaves it: its row in subsidy_claim (final state, the time of each step, in
     * UTC) and one ClaimStateChanged per step, fired in one transaction as the subsidy services do.
     */
    private void claim(ClaimType type, PayeeType payee, Long payeeOrg, long org, String regionCode, String regionPath,
                       String amount, Object[][] steps) throws Exception {
        java.util.Map<ClaimState, Instant> at = new java.util.EnumMap<>(ClaimState.class);
        for (Object[] step : steps) {
            at.put((ClaimState) step[1], Instant.parse((String) step[2]));
        }
        ClaimState last = (ClaimState) steps[steps.length - 1][1];
        Instant decided = at.containsKey(ClaimState.APPROVED) ? at.get(ClaimState.APPROVED) : at.get(ClaimState.REJECTED);
        long id;
        try (Connection c = TestData.connect(); java.sql.PreparedStatement ps = c.prepareStatement("INSERT INTO subsidy_claim (type, "
                + "state, payee_type, payee_organisation_id, worker_account_id, region_code, region_path, organisation_id, amount, "
                + "filed_by_name, created_at, submitted_at, decided_at, payable_at, paid_at, recovered_at, recovered_amount) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'test', ?, ?, ?, ?, ?, ?, ?)", java.sql.Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, type.name());
            ps.setString(2, last.name());
            ps.setString(3, payee.name());
            ps.setObject(4, payeeOrg);
            ps.setLong(5, TestData.worker("张测领"));
            ps.setString(6, regionCode);
            ps.setString(7, regionPath);
            ps.setLong(8, org);
            ps.setBigDecimal(9, new BigDecimal(amount));
            ps.setString(10, utc(Instant.parse((String) steps[0][2])));
            ps.setString(11, utc(at.get(ClaimState.SUBMITTED)));
            ps.setString(12, utc(decided));
            ps.setString(13, utc(at.get(ClaimState.PAYABLE)));
            ps.setString(14, utc(at.get(ClaimState.PAID)));
            ps.setString(15, utc(at.get(ClaimState.RECOVERED)));
            ps.setBigDecimal(16, at.containsKey(ClaimState.RECOVERED) ? new BigDecimal(amount) : null);
            ps.executeUpdate();
            try (java.sql.ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        tx.begin();
        try {
            for (Object[] step : steps) {
                claimEvents.fire(new ClaimStateChanged(id, type, payee, payeeOrg, 1L, regionPath, org, (ClaimState) step[0],
                        (ClaimState) step[1], new BigDecimal(amount), Instant.parse((String) step[2])));
            }
            tx.commit();
        } catch (Exception e) {
            tx.rollback();
            throw e;
        }
    }

    private static String utc(Instant at) {
        return at == null ? null : java.time.LocalDateTime.ofInstant(at, java.time.ZoneOffset.UTC).toString().replace('T', ' ');
    }

    /** A locked level-4 electrician session of the body with the learners (by enrolment) passing or failing. */
    private void lockedAssessment(long body, String tag, long[] enrolments, boolean[] pass) throws Exception {
        List<Caller> assessors = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            assessors.add(caller("ASSESSOR", body));
        }
        long electrician = catalog.search("6-31-01-03", 1).get(0).getId();
        Caller lead = assessors.get(0);
        AssessmentSession s = assessments.create(lead, new AssessmentService.NewSession(electrician, 4, AssessmentMode.ON_SITE,
                "实操车间" + tag, LocalDate.of(2025, 4, 10), 1, new BigDecimal("200.00")));
        assessments.assignPanel(lead, s.getId(), List.of(
                new AssessmentService.Seat(assessors.get(0).accountId(), PanelMember.Duty.PRACTICAL, null, true),
                new AssessmentService.Seat(assessors.get(1).accountId(), PanelMember.Duty.PRACTICAL, null, false),
                new AssessmentService.Seat(assessors.get(2).accountId(), PanelMember.Duty.PRACTICAL, null, false),
                new AssessmentService.Seat(assessors.get(3).accountId(), PanelMember.Duty.INVIGILATOR, 1, false),
                new AssessmentService.Seat(assessors.get(4).accountId(), PanelMember.Duty.INVIGILATOR, 1, false)));
        for (int i = 0; i < enrolments.length; i++) {
            Candidate c = assessments.addCandidate(lead, s.getId(), ReportFixtures.workerOf(enrolments[i]), enrolments[i]);
            assessments.enterScores(lead, c.getId(), pass[i] ? "78.5" : "50", "86");
        }
        assessments.submit(lead, s.getId());
        assessments.lock(lead, s.getId());
    }

    private static void assertFigures(String what, Figures actual, long classes, long capacity, long participants, long completed,
                                      long assessed, long passed, long certified, long hired, long due, long employed) {
        assertEquals(new Figures(classes, capacity, participants, completed, assessed, passed, certified, hired, due, employed), actual, what);
    }

    private static BigDecimal pct(String v) {
        return new BigDecimal(v);
    }

    private static BigDecimal yuan(String v) {
        return new BigDecimal(v).setScale(2);
    }

    private static Figures line(List<RegionReport.Line> lines, String key) {
        return lines.stream().filter(l -> l.key().equals(key)).findFirst().orElseThrow().figures();
    }

    @Test
    void everyFigureOfTheFixedDatasetMatchesTheHandComputedValue() throws Exception {
        World w = world();
        Tree t = w.tree();

        // ---- city C1, year 2025
        RegionReport c1 = reports.region(w.hrCity1(), t.city1().code(), Y2025);
        assertFigures("C1 2025 total", c1.total(), 3, 23, 13, 12, 4, 3, 2, 2, 12, 1);
        assertEquals(pct("92.3"), c1.total().completionRate(), "12 of 13 participants completed");
        assertEquals(pct("75.0"), c1.total().passRate());
        assertEquals(pct("8.3"), c1.total().employmentRate(), "1 of 12 trainees in work at six months");
        assertEquals(100L, c1.target());
        assertEquals(12, c1.yearToDate());
        assertEquals(pct("12.0"), c1.targetAchieved());
        assertFigures("type EMPLOYMENT_SKILLS", line(c1.byType(), "EMPLOYMENT_SKILLS"), 2, 18, 10, 9, 4, 3, 2, 0, 9, 0);
        assertFigures("type ON_THE_JOB_UPGRADE", line(c1.byType(), "ON_THE_JOB_UPGRADE"), 1, 5, 3, 3, 0, 0, 0, 2, 3, 1);
        assertEquals(Figures.NONE, line(c1.byType(), "PRE_EMPLOYMENT"), "class D is in the other city");
        assertEquals(Figures.NONE, line(c1.byType(), "HIGH_SKILL"), "class F never completed");
        assertEquals(5, c1.byType().size(), "every training type is listed");
        assertEquals(8, line(c1.byMode(), "ON_SITE").completed());
        assertEquals(4, line(c1.byMode(), "MOBILE").completed());
        assertEquals(0, line(c1.byMode(), "ONLINE").completed(), "class E ended in another year");
        assertEquals(0, line(c1.byMode(), "VILLAGE").completed());
        assertEquals(2, c1.byOccupation().size());
        assertEquals("电工 6-31-01-03", c1.byOccupation().get(0).label().zh(), "most person-times first");
        assertEquals(8, c1.byOccupation().get(0).figures().completed());
        assertEquals(4, c1.byOccupation().get(1).figures().completed());
        assertEquals(0, c1.certificatesIssued(), "the certificates were issued this year, not in 2025");

        assertEquals(3, c1.subsidies().size());
        RegionReport.SubsidyLine training = c1.subsidies().get(0);
        assertEquals(List.of("TRAINING", "INSTITUTION"), List.of(training.type(), training.payee()));
        assertEquals(List.of(1L, 1L, 1L, 0L), List.of(training.submittedCount(), training.approvedCount(), training.paidCount(),
                training.recoveredCount()));
        assertEquals(List.of(yuan("1500"), yuan("1500"), yuan("1500"), yuan("0")), List.of(training.submitted(), training.approved(),
                training.paid(), training.recovered()));
        RegionReport.SubsidyLine assessment = c1.subsidies().get(1);
        assertEquals(List.of("ASSESSMENT", "ASSESSMENT_BODY"), List.of(assessment.type(), assessment.payee()));
        assertEquals(List.of(1L, 0L, 0L, 0L), List.of(assessment.submittedCount(), assessment.approvedCount(), assessment.paidCount(),
                assessment.recoveredCount()), "a rejected claim was filed but never approved");
        RegionReport.SubsidyLine living = c1.subsidies().get(2);
        assertEquals(List.of("LIVING_ALLOWANCE", "LEARNER"), List.of(living.type(), living.payee()));
        assertEquals(List.of(yuan("300"), yuan("300"), yuan("300"), yuan("300")), List.of(living.submitted(), living.approved(),
                living.paid(), living.recovered()));
        assertEquals(yuan("1800"), c1.approved());
        assertEquals(yuan("1800"), c1.paid());
        assertEquals(yuan("300"), c1.recovered());
        assertEquals(2, c1.openFlags(), "two open flags in K1; the resolved one and C2's do not count");
        assertEquals(2L, c1.flags().stream().filter(x -> x.kind().equals("OUTSIDE_SESSION")).findFirst().orElseThrow().open());

        // drill-down rows: K1, K2 (I4 lies directly in C1 but had nothing in 2025)
        assertEquals(2, c1.areas().size());
        RegionReport.Area k1 = area(c1, t.county11().code());
        assertEquals(40L, k1.target());
        assertFigures("K1", k1.figures(), 2, 18, 10, 9, 4, 3, 2, 0, 9, 0);
        assertEquals(pct("22.5"), k1.ofTarget());
        assertEquals(yuan("1500"), k1.approved());
        assertEquals(yuan("1500"), k1.paid());
        assertEquals(2, k1.openFlags());
        RegionReport.Area k2 = area(c1, t.county12().code());
        assertNull(k2.target());
        assertNull(k2.ofTarget());
        assertFigures("K2", k2.figures(), 1, 5, 3, 3, 0, 0, 0, 2, 3, 1);
        assertNull(k2.figures().passRate(), "nobody of K2 was assessed");
        assertEquals(pct("33.3"), k2.figures().employmentRate());
        assertEquals(yuan("300"), k2.approved());

        assertEquals(List.of(w.i1(), w.i2()), c1.institutions().stream().map(RegionReport.InstitutionLine::id).toList());
        assertEquals(pct("90.0"), c1.institutions().get(0).figures().completionRate());
        assertEquals(2, c1.institutions().get(0).openFlags());
        assertEquals(t.county11().name(), c1.institutions().get(0).region().zh());
        assertEquals(List.of(w.order1()), c1.orders().stream().map(RegionReport.OrderLine::id).toList(), "order O2's class ends in another year");
        RegionReport.OrderLine o1 = c1.orders().get(0);
        assertEquals(5, o1.headcount());
        assertFigures("O1", o1.figures(), 1, 5, 3, 3, 0, 0, 0, 2, 3, 1);

        // ---- quarters and months: 31 March is Q1, 1 April is Q2; the payment at 00:30 on 1 April Beijing time is April's
        RegionReport q1 = reports.region(w.hrCity1(), t.city1().code(), Period.quarter(2025, 1));
        assertFigures("C1 Q1", q1.total(), 1, 10, 6, 5, 4, 3, 2, 0, 5, 0);
        assertEquals(5, q1.yearToDate());
        assertEquals(pct("5.0"), q1.targetAchieved());
        assertEquals(yuan("1500"), q1.approved());
        assertEquals(yuan("0"), q1.paid());
        ReportTable q1Areas = new ReportTables(Locale.SIMPLIFIED_CHINESE).region(q1, "areas");
        assertEquals("40", q1Areas.rows().stream().filter(r -> r.refId().equals(t.county11().code())).findFirst().orElseThrow().text(2));
        assertEquals("—", q1Areas.rows().stream().filter(r -> r.refId().equals(t.county11().code())).findFirst().orElseThrow().text(4),
                "progress against the annual target is shown for whole years");
        RegionReport q2 = reports.region(w.hrCity1(), t.city1().code(), Period.quarter(2025, 2));
        assertFigures("C1 Q2", q2.total(), 2, 13, 7, 7, 0, 0, 0, 2, 7, 1);
        assertEquals(12, q2.yearToDate());
        assertEquals(yuan("1800"), q2.paid());
        assertEquals(yuan("300"), q2.approved());
        assertEquals(yuan("300"), q2.recovered());
        RegionReport march = reports.region(w.hrCity1(), t.county11().code(), Period.month(2025, 3));
        assertEquals(5, march.total().completed());
        assertEquals(yuan("0"), march.paid());
        RegionReport april = reports.region(w.hrCity1(), t.county11().code(), Period.month(2025, 4));
        assertEquals(4, april.total().completed());
        assertEquals(yuan("1500"), april.paid());
        assertEquals(0, reports.region(w.hrCity1(), t.city1().code(), Period.quarter(2025, 3)).total().classes());

        // ---- province: both cities; class D has no occupation
        RegionReport p = reports.region(w.hrProvince(), null, Y2025);
        assertEquals(t.province().code(), p.region().code(), "an officer's own region by default");
        assertFigures("P 2025", p.total(), 4, 27, 15, 14, 4, 3, 2, 2, 14, 1);
        assertEquals(500L, p.target());
        assertEquals(2, line(p.byOccupation(), "-").completed());
        assertEquals("report.occupation.none", p.byOccupation().stream().filter(l -> l.key().equals("-")).findFirst().orElseThrow()
                .label().key(), "courses without an occupation are grouped together");
        assertEquals(2, line(p.byMode(), "VILLAGE").completed());
        assertEquals(java.util.Set.of(t.city1().code(), t.city2().code()), p.areas().stream().map(RegionReport.Area::ref)
                .collect(java.util.stream.Collectors.toSet()));
        assertEquals(100L, area(p, t.city1().code()).target());
        assertEquals(12, area(p, t.city1().code()).figures().completed());
        assertEquals(2, area(p, t.city2().code()).figures().completed());
        assertEquals(yuan("1000"), area(p, t.city2().code()).approved());
        assertEquals(1, area(p, t.city2().code()).openFlags());
        assertEquals(3, p.openFlags());
        assertEquals(yuan("2800"), p.approved());
        assertEquals(List.of(t.province().code(), t.city1().code()), reports.region(w.hrProvince(), t.city1().code(), Y2025)
                .trail().stream().map(RegionReport.Place::code).toList());

        // ---- the month class E ended (10 days ago): I4 sits directly in C1; e1 was hired but six months have not passed
        Period eMonth = Period.month(w.eEnd().getYear(), w.eEnd().getMonthValue());
        RegionReport now = reports.region(w.hrCity1(), t.city1().code(), eMonth);
        assertFigures("C1 month of E", now.total(), 1, 6, 2, 2, 0, 0, 0, 1, 0, 0);
        assertNull(now.total().employmentRate());
        RegionReport.Area direct = now.areas().get(now.areas().size() - 1);
        assertEquals(RegionReport.AreaKind.INSTITUTION, direct.kind());
        assertEquals(String.valueOf(w.i4()), direct.ref());
        assertEquals(2, direct.figures().completed());
        Period today = Period.month(LocalDate.now().getYear(), LocalDate.now().getMonthValue());
        RegionReport certs = reports.region(w.hrCity1(), t.city1().code(), today);
        assertEquals(3, certs.certificates().stream().filter(x -> x.type().equals("SKILL_LEVEL") && x.level() == 4)
                .findFirst().orElseThrow().issued(), "three level-4 certificates issued (one revoked later: still issued)");
        assertEquals(3, certs.certificatesIssued());

        // ---- institution I1 and employer E1
        InstitutionReport i1 = reports.institution(w.staff1(), null, Y2025);
        assertEquals(w.i1(), i1.id());
        assertFigures("I1 2025", i1.total(), 2, 18, 10, 9, 4, 3, 2, 0, 9, 0);
        assertEquals(pct("55.6"), i1.total().fillRate());
        assertEquals(List.of(w.a(), w.b(), w.f()), i1.classes().stream().map(InstitutionReport.ClassLine::id).toList());
        InstitutionReport.ClassLine ca = i1.classes().get(0);
        assertEquals(List.of(10, 5), List.of(ca.capacity(), ca.seats()));
        assertEquals(pct("50.0"), ca.fillRate());
        assertFigures("class A", ca.figures(), 1, 10, 6, 5, 4, 3, 2, 0, 5, 0);
        assertEquals(pct("83.3"), ca.figures().completionRate());
        assertEquals(pct("75.0"), ca.figures().passRate());
        assertEquals(pct("0.0"), ca.figures().employmentRate());
        InstitutionReport.ClassLine cf = i1.classes().get(2);
        assertNull(cf.figures(), "class F is not completed");
        assertEquals(pct("25.0"), cf.fillRate());
        assertEquals("IN_TRAINING", cf.state());
        assertEquals(2, i1.claims().size());
        assertEquals(List.of("TRAINING", "PAID", 1L, yuan("1500")), List.of(i1.claims().get(0).type(), i1.claims().get(0).state(),
                i1.claims().get(0).count(), i1.claims().get(0).amount()));
        assertEquals(List.of("ASSESSMENT", "REJECTED", 1L, yuan("200")), List.of(i1.claims().get(1).type(), i1.claims().get(1).state(),
                i1.claims().get(1).count(), i1.claims().get(1).amount()));
        assertEquals(2, i1.openFlags());
        assertEquals(i1.total(), reports.institution(w.hrCity1(), w.i1(), Y2025).total(), "the city's officer sees the same");

        EmployerReport e1 = reports.employer(w.employerStaff(), null);
        assertEquals(List.of(w.order2(), w.order1()), e1.orders().stream().map(EmployerReport.OrderLine::id).toList());
        EmployerReport.OrderLine eo1 = e1.orders().get(1);
        assertEquals(5, eo1.ordered());
        assertEquals(3, eo1.seats());
        assertFigures("E1 order O1", eo1.figures(), 1, 5, 3, 3, 0, 0, 0, 2, 3, 1);
        EmployerReport.OrderLine eo2 = e1.orders().get(0);
        assertEquals(4, eo2.ordered());
        assertFigures("E1 order O2", eo2.figures(), 1, 6, 2, 2, 0, 0, 0, 1, 0, 0);
        assertEquals(9, e1.ordered());
        assertEquals(3, e1.total().hired());

        // ---- tables: what the screen shows and the files hold
        ReportTables zh = new ReportTables(Locale.SIMPLIFIED_CHINESE);
        ReportTable areas = zh.region(c1, "areas");
        assertEquals(java.util.Set.of("region:" + t.county11().code(), "region:" + t.county12().code()),
                areas.rows().stream().map(ReportTable.Row::ref).collect(java.util.stream.Collectors.toSet()));
        ReportTable.Row k1Row = areas.rows().stream().filter(r -> r.refId().equals(t.county11().code())).findFirst().orElseThrow();
        assertEquals(List.of(t.county11().name(), "地区", "40", "9", "22.5", "90.0", "75.0", "2", "0.0", "0", "1500.00", "1500.00", "2"),
                texts(k1Row, areas.columns().size()));
        ReportTable classTable = zh.institution(i1, "classes");
        assertEquals(List.of("10", "5", "50.0", "6", "5", "83.3", "4", "3", "75.0", "2", "0", "5", "0", "0.0"),
                texts(classTable.rows().get(0), classTable.columns().size()).subList(5, 19));
        assertEquals("—", classTable.rows().get(2).text(9), "no figures for a class in training");
        for (String id : ReportTables.REGION_TABLES) {
            assertNoPersonalData(zh.region(c1, id));
        }
        for (String id : ReportTables.INSTITUTION_TABLES) {
            assertNoPersonalData(zh.institution(i1, id));
        }
        assertNoPersonalData(zh.employer(e1, "eorders"));

        String hrUser = w.hrCity1().username();
        XSSFWorkbook areasFile = xlsx(get(hrUser, "api/reports/areas.xlsx?region=" + t.city1().code() + "&period=2025&lang=zh-CN", 200));
        assertSameNumbers(areas, areasFile.getSheetAt(0));
        String csv = new String(get(hrUser, "api/reports/areas.csv?region=" + t.city1().code() + "&period=2025&lang=zh-CN", 200),
                StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF地区/机构,类别,年度目标(人次)"), csv);
        assertTrue(csv.contains(t.county11().name() + ",地区,40,9,22.5,90.0,75.0,2,0.0,0,1500.00,1500.00,2\r\n"), csv);
        XSSFWorkbook classesFile = xlsx(get(hrUser, "api/reports/classes.xlsx?institution=" + w.i1() + "&period=2025&lang=zh-CN", 200));
        assertSameNumbers(classTable, classesFile.getSheetAt(0));

        // ---- the rebuild from source tables agrees with the figures kept as things happened
        Map<String, String> kept = summaryRows(t.province().path(), w);
        summaries.rebuild();
        assertEquals(kept, summaryRows(t.province().path(), w));
    }

    @Test
    void aBatchOfClaimChangesAddsUpToTheSameFiguresAsOneEventPerClaim() throws Exception {
        String tag = TestData.unique("").substring(0, 5);
        String single = "8" + tag + "/", batch = "9" + tag + "/";
        // in each tree: two counties of one city; every kind of figure, two months, a transition that counts nothing
        Object[][] changes = {
                {"01/01/", ClaimType.TRAINING, PayeeType.INSTITUTION, ClaimState.SUBMITTED, ClaimState.APPROVED, "1200.00", "2025-03-03T02:00:00Z"},
                {"01/01/", ClaimType.TRAINING, PayeeType.INSTITUTION, ClaimState.SUBMITTED, ClaimState.APPROVED, "800.50", "2025-03-20T02:00:00Z"},
                {"01/02/", ClaimType.TRAINING, PayeeType.INSTITUTION, ClaimState.SUBMITTED, ClaimState.APPROVED, "300.00", "2025-03-20T02:00:00Z"},
                {"01/02/", ClaimType.ASSESSMENT, PayeeType.ASSESSMENT_BODY, ClaimState.SUBMITTED, ClaimState.APPROVED, "150.00", "2025-04-01T02:00:00Z"},
                // 31 March 17:00 UTC is 1 April in Beijing: counted in April
                {"01/02/", ClaimType.LIVING_ALLOWANCE, PayeeType.LEARNER, ClaimState.APPROVED, ClaimState.PAID, "250.00", "2025-03-31T17:00:00Z"},
                {"01/01/", ClaimType.TRAINING, PayeeType.INSTITUTION, ClaimState.PAID, ClaimState.RECOVERED, "1200.00", "2025-04-02T02:00:00Z"},
                {"01/01/", ClaimType.TRAINING, PayeeType.INSTITUTION, ClaimState.SUBMITTED, ClaimState.UNDER_REVIEW, "999.00", "2025-04-02T02:00:00Z"},
                {"01/02/", ClaimType.APPRENTICESHIP, PayeeType.EMPLOYER, null, ClaimState.SUBMITTED, "4000.00", "2025-04-03T02:00:00Z"},
        };
        tx.begin();
        try {
            long id = 1;
            List<ClaimStateChanged> all = new ArrayList<>();
            for (Object[] c : changes) {
                claimEvents.fire(event(id, single + c[0], c));
                all.add(event(id++, batch + c[0], c));
            }
            claimBatches.fire(new ClaimsStateChanged(all));
            tx.commit();
        } catch (Exception e) {
            tx.rollback();
            throw e;
        }
        List<String> bySingle = subsidyRows(single), byBatch = subsidyRows(batch);
        assertEquals(bySingle, byBatch);
        // province 8xxxxx/, March: two training approvals of its county 01 plus one of county 02
        assertTrue(bySingle.contains("/|202503|TRAINING|INSTITUTION|0|0.00|3|2300.50|0|0.00|0|0.00"), bySingle.toString());
        assertTrue(bySingle.contains("/01/02/|202504|LIVING_ALLOWANCE|LEARNER|0|0.00|0|0.00|1|250.00|0|0.00"), bySingle.toString());
        assertTrue(bySingle.contains("/01/01/|202504|TRAINING|INSTITUTION|0|0.00|0|0.00|0|0.00|1|1200.00"), bySingle.toString());
        assertEquals(16, bySingle.size(), "rows at province, city and county(s); none for the review step " + bySingle);
    }

    private static ClaimStateChanged event(long id, String path, Object[] c) {
        return new ClaimStateChanged(id, (ClaimType) c[1], (PayeeType) c[2], null, 1L, path, null, (ClaimState) c[3],
                (ClaimState) c[4], new BigDecimal((String) c[5]), Instant.parse((String) c[6]));
    }

    /** The subsidy summary rows of a tree, the tree's own code cut off the paths, in key order. */
    private static List<String> subsidyRows(String root) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = TestData.connect(); java.sql.PreparedStatement ps = c.prepareStatement("SELECT SUBSTRING(region_path, ?), "
                + "month, claim_type, payee, submitted_count, submitted_amount, approved_count, approved_amount, paid_count, paid_amount, "
                + "recovered_count, recovered_amount FROM report_subsidy WHERE region_path LIKE ? ORDER BY 1, 2, 3, 4")) {
            ps.setInt(1, root.length());
            ps.setString(2, root + "%");
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<String> cols = new ArrayList<>();
                    for (int i = 1; i <= 12; i++) {
                        cols.add(rs.getString(i));
                    }
                    out.add(String.join("|", cols));
                }
            }
        }
        return out;
    }

    @Test
    void anOfficerOfOneCitySeesNeitherTheOtherCityNorTheProvince() throws Exception {
        String tag = TestData.unique("");
        Tree t = ReportFixtures.tree(tag.substring(tag.length() - 4));
        Caller city1 = caller("HR_OFFICER", TestData.organisation("HR_BUREAU", "甲市人社局" + tag, t.city1().code()));
        Caller city2 = caller("HR_OFFICER", TestData.organisation("HR_BUREAU", "乙市人社局" + tag, t.city2().code()));
        long institution2 = TestData.organisation("INSTITUTION", "乙市学校" + tag, t.county21().code());
        long employer2 = TestData.organisation("EMPLOYER", "乙市企业" + tag, t.county21().code());

        assertEquals(t.city1().code(), reports.region(city1, null, Y2025).region().code());
        assertEquals(t.county11().code(), reports.region(city1, t.county11().code(), Y2025).region().code());
        assertThrows(AccessDeniedException.class, () -> reports.region(city1, t.city2().code(), Y2025));
        assertThrows(AccessDeniedException.class, () -> reports.region(city1, t.county21().code(), Y2025));
        assertThrows(AccessDeniedException.class, () -> reports.region(city1, t.province().code(), Y2025));
        assertThrows(AccessDeniedException.class, () -> reports.region(city2, t.county11().code(), Y2025));
        assertThrows(NotFoundException.class, () -> reports.institution(city1, institution2, Y2025));
        assertThrows(NotFoundException.class, () -> reports.employer(city1, employer2));
        assertEquals(institution2, reports.institution(city2, institution2, Y2025).id());
        assertFalse(reports.regionsInScope(city1).stream().anyMatch(r -> r.code().equals(t.city2().code())));
        List<String> inScope = reports.regionsInScope(city1).stream().map(RegionReport.Place::code).toList();
        assertEquals(t.city1().code(), inScope.get(0), "the officer's own region first");
        assertEquals(java.util.Set.of(t.city1().code(), t.county11().code(), t.county12().code()), java.util.Set.copyOf(inScope));

        get(city1.username(), "api/reports/summary.xlsx?region=" + t.city2().code() + "&period=2025", 403);
        get(city1.username(), "api/reports/classes.csv?institution=" + institution2 + "&period=2025", 404);
        get(city2.username(), "api/reports/summary.csv?region=" + t.city2().code() + "&period=2025", 200);
        get(city1.username(), "api/reports/summary.csv?region=" + t.city1().code() + "&period=2025-Q5", 422);

        Caller otherStaff = caller("INSTITUTION_STAFF", TestData.organisation("INSTITUTION", "甲市学校" + tag, t.county11().code()));
        assertThrows(NotFoundException.class, () -> reports.institution(otherStaff, institution2, Y2025));
        assertThrows(AccessDeniedException.class, () -> reports.region(otherStaff, t.city1().code(), Y2025));
    }

    @Test
    void learnerChangesAddOnlyTheirDifferenceAndClassesCountForEmploymentOnceSixMonthsHavePassed() throws Exception {
        String tag = TestData.unique("");
        Tree t = ReportFixtures.tree(tag.substring(tag.length() - 4));
        long institution = TestData.organisation("INSTITUTION", "东区学校" + tag, t.county11().code());
        long body = TestData.organisation("ASSESSMENT_BODY", "鉴定站" + tag, t.county11().code());
        long employer = TestData.organisation("EMPLOYER", "东区企业" + tag, t.county11().code());
        Caller staff = caller("INSTITUTION_STAFF", institution);
        Caller employerStaff = caller("EMPLOYER", employer);
        Caller hr = caller("HR_OFFICER", TestData.organisation("HR_BUREAU", "甲市人社局" + tag, t.city1().code()));
        long course = ReportFixtures.course(institution, "OCCUPATION_LEVEL", "6-31-01-03", 4, "EMPLOYMENT_SKILLS", "ON_SITE");
        long order = ReportFixtures.acceptedOrder(employer, institution, "6-31-01-03", 4, 3);
        LocalDate end = LocalDate.now().minusMonths(2);
        long c = ReportFixtures.classInTraining(course, institution, "变动班" + tag, end.minusDays(20), end, 5, 2, order);
        long x = ReportFixtures.confirmed(c, "张测子", end.minusDays(20));
        long y = ReportFixtures.confirmed(c, "张测丑", end.minusDays(20));
        Period month = Period.month(end.getYear(), end.getMonthValue());

        assertEquals(0, reports.region(hr, t.county11().code(), month).total().classes(), "nothing counts before completion");
        classes.complete(staff, c);
        assertFigures("completed", reports.region(hr, t.county11().code(), month).total(), 1, 5, 2, 2, 0, 0, 0, 0, 0, 0);

        lockedAssessment(body, tag, new long[]{x, y}, new boolean[]{true, false});
        assertFigures("locked", reports.region(hr, t.county11().code(), month).total(), 1, 5, 2, 2, 2, 1, 1, 0, 0, 0);
        long candidateY = TestData.count("select id from candidate where enrolment_id = ?", y);
        Caller lead = callerNamed(TestData.username(TestData.count(
                "select p.account_id from panel_member p join candidate c on c.session_id = p.session_id where c.id = ? and p.lead",
                candidateY)));
        assessments.correct(lead, candidateY, "65", "86", "复核发现理论成绩登记错误");
        assertFigures("corrected to a pass", reports.region(hr, t.county11().code(), month).total(), 1, 5, 2, 2, 2, 2, 2, 0, 0, 0);
        assertEquals(2, TestData.count("select count(*) from report_learner where class_id = ? and certified", c));
        certificates.revoke(hr, TestData.count("select id from certificate where enrolment_id = ?", x), "重复发证");
        assertEquals(1, reports.region(hr, t.county11().code(), month).total().certified());

        orders.decideHire(employerStaff, order, x, true, end.plusMonths(1), null);
        orders.decideHire(employerStaff, order, y, true, end.plusMonths(7), null);
        assertFigures("hired, not six months yet", reports.region(hr, t.county11().code(), month).total(), 1, 5, 2, 2, 2, 2, 1, 2, 0, 0);
        orders.decideHire(employerStaff, order, y, false, null, "未到岗");
        assertEquals(1, reports.region(hr, t.county11().code(), month).total().hired(), "a changed decision replaces the old one");

        // y was not hired, but the 6-month follow-up (跟踪回访) found y employed: the follow-up counts
        followUp(y, c, institution, t.county11().path(), end.plusMonths(6), "EMPLOYED");
        summaries.sweepFollowUps();
        assertEquals(2, TestData.count("select count(*) from report_learner where class_id = ? and employed", c));

        // seven months on, the class's 6-month checkpoint has passed: both count as employed at six months
        tx.begin();
        Summaries.refreshClass(Sql.of(em), c, LocalDate.now().plusMonths(7));
        tx.commit();
        RegionReport later = reports.region(hr, t.county11().code(), month);
        assertFigures("due", later.total(), 1, 5, 2, 2, 2, 2, 1, 1, 2, 2);
        assertEquals(pct("100.0"), later.total().employmentRate());
        assertEquals(1, TestData.count("select count(*) from report_class where class_id = ? and due6", c));

        // x, hired a month after the end, had left by month six: the latest follow-up wins over the hire
        followUp(x, c, institution, t.county11().path(), end.plusMonths(6), "NOT_EMPLOYED");
        summaries.sweepFollowUps();
        assertEquals(0, summaries.sweepFollowUps(), "each follow-up is read once");
        RegionReport latest = reports.region(hr, t.county11().code(), month);
        assertFigures("left by month six", latest.total(), 1, 5, 2, 2, 2, 2, 1, 1, 2, 1);
        assertEquals(pct("50.0"), latest.total().employmentRate());
        assertEquals(latest.total(), reports.region(hr, t.city1().code(), month).total(), "the city holds the county's rows");
        assertEquals(1, reports.employer(employerStaff, null).total().employed6());
        followUp(x, c, institution, t.county11().path(), end.plusMonths(6), "EMPLOYED");
        summaries.sweepFollowUps();
        assertEquals(2, reports.region(hr, t.county11().code(), month).total().employed6(), "same day: the one recorded last");
    }

    private static void followUp(long enrolment, long classId, long institution, String regionPath, LocalDate on, String outcome)
            throws Exception {
        try (Connection c = TestData.connect(); java.sql.PreparedStatement ps = c.prepareStatement("INSERT INTO employment_follow_up "
                + "(enrolment_id, class_id, worker_account_id, institution_id, region_path, checkpoint_months, recorded_on, outcome, "
                + "source, recorded_by, recorded_at) SELECT id, class_id, worker_account_id, ?, ?, 6, ?, ?, 'INSTITUTION', 'test', "
                + "NOW(3) FROM enrolment WHERE id = ?")) {
            ps.setLong(1, institution);
            ps.setString(2, regionPath);
            ps.setObject(3, on);
            ps.setString(4, outcome);
            ps.setLong(5, enrolment);
            ps.executeUpdate();
        }
    }

    @Test
    void targetsAreSetByAdminsOnlyWithSensibleValues() throws Exception {
        String tag = TestData.unique("");
        Tree t = ReportFixtures.tree(tag.substring(tag.length() - 4));
        Caller admin = caller("ADMIN", null);
        Caller hr = caller("HR_OFFICER", TestData.organisation("HR_BUREAU", "甲市人社局" + tag, t.city1().code()));
        assertThrows(AccessDeniedException.class, () -> targets.set(hr, t.city1().code(), 2026, 17000));
        assertThrows(org.skillpass.shared.domain.FieldException.class, () -> targets.set(admin, t.city1().code(), 2026, 0));
        assertThrows(org.skillpass.shared.domain.FieldException.class, () -> targets.set(admin, "000000", 2026, 100));
        targets.set(admin, t.city1().code(), 2026, 17000);
        targets.set(admin, t.city1().code(), 2026, 17500);
        assertEquals(17500L, reports.region(hr, null, Period.year(2026)).target(), "changed, not duplicated");
        assertEquals(1, targets.list(hr, 2026).stream().filter(x -> x.getRegionCode().equals(t.city1().code())).count());
        assertNull(reports.region(hr, null, Period.year(2027)).target());
        assertEquals(2, TestData.count("select count(*) from audit_entry where action = 'TARGET_SET' and region_path = ?",
                t.city1().path()));
    }

    // ---------------------------------------------------------------- helpers

    private static RegionReport.Area area(RegionReport r, String ref) {
        return r.areas().stream().filter(a -> a.ref().equals(ref)).findFirst().orElseThrow(() -> new AssertionError("no area " + ref));
    }

    private static List<String> texts(ReportTable.Row row, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(row.text(i));
        }
        return out;
    }

    /** No table holds a learner's name or a masked ID number (fixture learners are all named 张测…). */
    private static void assertNoPersonalData(ReportTable table) {
        for (ReportTable.Row row : table.rows()) {
            for (int i = 0; i < table.columns().size(); i++) {
                String text = row.text(i);
                assertFalse(text.contains("张测") || text.contains("***"), table.id() + ": " + text);
            }
        }
    }

    private static void assertSameNumbers(ReportTable table, Sheet sheet) {
        assertEquals(table.rows().size(), sheet.getLastRowNum(), table.id() + " rows");
        for (int c = 0; c < table.columns().size(); c++) {
            assertEquals(table.columns().get(c).header(), sheet.getRow(0).getCell(c).getStringCellValue());
        }
        for (int r = 0; r < table.rows().size(); r++) {
            for (int c = 0; c < table.columns().size(); c++) {
                Object expected = table.rows().get(r).cell(c);
                Cell cell = sheet.getRow(r + 1).getCell(c);
                if (expected instanceof Number n) {
                    assertEquals(CellType.NUMERIC, cell.getCellType(), table.id() + " " + r + "/" + c);
                    assertEquals(n.doubleValue(), cell.getNumericCellValue(), 1e-9, table.id() + " " + r + "/" + c);
                } else {
                    assertEquals(ReportTable.text(expected), cell.getStringCellValue(), table.id() + " " + r + "/" + c);
                }
            }
        }
    }

    private byte[] get(String username, String path, int status) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString((username + ":" + TestData.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base.toString() + path))
                .header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(status, r.statusCode(), path + ": " + new String(r.body(), StandardCharsets.UTF_8));
        return r.body();
    }

    private static XSSFWorkbook xlsx(byte[] bytes) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    /** The non-zero summary rows of a region tree and its classes, for comparing kept with rebuilt figures. */
    private static Map<String, String> summaryRows(String path, World w) throws Exception {
        Map<String, String> rows = new TreeMap<>();
        try (Connection c = TestData.connect()) {
            Sql sql = Sql.of(c);
            for (Object[] r : sql.rows("SELECT dim, region_path, month, dim_key, classes, capacity, participants, completed, assessed, "
                    + "passed, certified, hired, trainees_due, employed6 FROM report_training WHERE region_path LIKE ? AND "
                    + "(classes <> 0 OR capacity <> 0 OR participants <> 0 OR completed <> 0 OR assessed <> 0 OR passed <> 0 "
                    + "OR certified <> 0 OR hired <> 0 OR trainees_due <> 0 OR employed6 <> 0)", path + "%")) {
                rows.put("T " + r[0] + r[1] + r[2] + r[3], join(r, 4));
            }
            for (Object[] r : sql.rows("SELECT class_id, institution_id, region_path, end_date, month, training_type, delivery_mode, "
                    + "occupation_id, order_id, capacity, participants, completed, assessed, passed, certified, hired, employed, due6, "
                    + "trainees_due, employed6 FROM report_class WHERE region_path LIKE ?", path + "%")) {
                rows.put("C " + r[0], join(r, 1));
            }
            for (Object[] r : sql.rows("SELECT l.* FROM report_learner l JOIN training_class tc ON tc.id = l.class_id "
                    + "WHERE tc.region_path LIKE ?", path + "%")) {
                rows.put("L " + r[0], join(r, 1));
            }
            for (Object[] r : sql.rows("SELECT region_path, month, cert_type, level, issued FROM report_certificate "
                    + "WHERE region_path LIKE ? AND issued <> 0", path + "%")) {
                rows.put("R " + r[0] + r[1] + r[2] + r[3], join(r, 4));
            }
            for (Object[] r : sql.rows("SELECT region_path, month, claim_type, payee, submitted_count, submitted_amount, approved_count, "
                    + "approved_amount, paid_count, paid_amount, recovered_count, recovered_amount FROM report_subsidy "
                    + "WHERE region_path LIKE ?", path + "%")) {
                rows.put("S " + r[0] + r[1] + r[2] + r[3], join(r, 4));
            }
        }
        assertTrue(rows.size() > 30, "the comparison covers the world: " + rows.size() + " rows");
        assertTrue(rows.containsKey("C " + w.a()));
        assertEquals(18, rows.keySet().stream().filter(k -> k.startsWith("S ")).count(), "subsidy rows at province, city and county: " + rows.keySet());
        return rows;
    }

    private static String join(Object[] r, int from) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < r.length; i++) {
            sb.append(r[i] instanceof Boolean b ? (b ? "1" : "0") : String.valueOf(r[i])).append('|');
        }
        return sb.toString();
    }
}
