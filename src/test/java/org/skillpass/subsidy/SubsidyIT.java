package org.skillpass.subsidy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.skillpass.certificate.application.SubsidyRecords;
import org.skillpass.identity.application.CurrentCaller;
import org.skillpass.shared.application.Caller;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.domain.FieldException;
import org.skillpass.shared.domain.NotFoundException;
import org.skillpass.shared.domain.PageRequest;
import org.skillpass.subsidy.application.ClaimRefusedException;
import org.skillpass.subsidy.application.ClaimService;
import org.skillpass.subsidy.application.ClaimStateChanged;
import org.skillpass.subsidy.application.NoticeService;
import org.skillpass.subsidy.application.PaymentService;
import org.skillpass.subsidy.application.PayoutAccounts;
import org.skillpass.subsidy.application.ResultsService;
import org.skillpass.subsidy.application.ReviewService;
import org.skillpass.subsidy.application.SubsidyConfiguration;
import org.skillpass.subsidy.application.SubsidyFiles;
import org.skillpass.subsidy.domain.CertificateKind;
import org.skillpass.subsidy.domain.ClaimState;
import org.skillpass.subsidy.domain.ClaimType;
import org.skillpass.subsidy.domain.FollowUpOutcome;
import org.skillpass.subsidy.domain.Milestone;
import org.skillpass.subsidy.domain.Objection;
import org.skillpass.subsidy.domain.PayeeType;
import org.skillpass.subsidy.domain.PaymentBatch;
import org.skillpass.subsidy.domain.PublicNotice;
import org.skillpass.subsidy.domain.Refusal;
import org.skillpass.subsidy.domain.ResultsPlan;
import org.skillpass.subsidy.domain.SubsidyClaim;
import org.skillpass.subsidy.infrastructure.NoticeDocuments;
import org.skillpass.subsidy.infrastructure.PaymentFiles;
import org.skillpass.testsupport.ClaimEvents;
import org.skillpass.testsupport.Deployments;
import org.skillpass.testsupport.SubsidyData;
import org.skillpass.testsupport.TestData;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Subsidies against MariaDB: every eligibility rule at its boundary from database facts, the yearly quota
 * under concurrent submissions, rates with effective dates and uplift, the notice period on a calendar
 * with a holiday, objections holding claims back from payment, payment batches and bank confirmations,
 * recovery, both pay-for-results schemes, the de-identified notice, region scoping, the optimistic lock
 * and set-based batch approval with one audit entry and one event per claim.
 *
 * <p>Each test works in its own county (or province) where it changes settings, rates or the calendar,
 * so the tests do not depend on each other or on their order.
 */
@ExtendWith(ArquillianExtension.class)
class SubsidyIT {

    private static final String ELECTRICIAN = "6-31-01-03"; // on the shortage list
    private static final String BRICKLAYER = "6-29-01-01";
    private static final byte[] PDF = "%PDF-1.4\n% agreement signed by the learners\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    @Deployment
    static WebArchive deployment() {
        return Deployments.skillpass(SubsidyIT.class);
    }

    @Inject
    ClaimService claims;
    @Inject
    ReviewService review;
    @Inject
    NoticeService notices;
    @Inject
    PaymentService payments;
    @Inject
    ResultsService results;
    @Inject
    SubsidyConfiguration config;
    @Inject
    PayoutAccounts accounts;
    @Inject
    NoticeDocuments noticeDocuments;
    @Inject
    SubsidyRecords records;
    @Inject
    ClaimEvents events;
    @PersistenceContext(unitName = "skillpass")
    EntityManager em;
    @Resource
    UserTransaction tx;

    String tag;
    long institution;
    long body;
    long employer;
    Caller staff;
    Caller assessor;
    Caller employerStaff;
    Caller hr;
    Caller countyHr;
    Caller anyangHr;
    Caller admin;
    LocalDate today;
    int year;

    @BeforeEach
    void world() throws Exception {
        tag = TestData.unique("s");
        today = claims.today();
        year = today.getYear();
        institution = TestData.organisation("INSTITUTION", "船营职业培训学校" + tag, "220204");
        body = TestData.organisation("ASSESSMENT_BODY", "吉林市职业技能鉴定中心" + tag, "220200");
        employer = TestData.organisation("EMPLOYER", "吉林化纤" + tag, "220204");
        staff = caller("INSTITUTION_STAFF", institution);
        assessor = caller("ASSESSOR", body);
        employerStaff = caller("EMPLOYER", employer);
        hr = caller("HR_OFFICER", TestData.organisation("HR_BUREAU", "吉林市人社局" + tag, "220200"));
        countyHr = caller("HR_OFFICER", TestData.organisation("HR_BUREAU", "船营区人社局" + tag, "220204"));
        anyangHr = caller("HR_OFFICER", TestData.organisation("HR_BUREAU", "安阳市人社局" + tag, "410500"));
        admin = caller("ADMIN", null);
    }

    private Caller caller(String role, Long org) throws Exception {
        String u = TestData.unique(role.toLowerCase() + ".");
        TestData.account(u, role, role, org);
        return CurrentCaller.forUsername(em, u);
    }

    private Caller worker(long accountId) throws Exception {
        return CurrentCaller.forUsername(em, TestData.username(accountId));
    }

    /** A completed class of the institution (5 sessions of 3 hours on 5 days, 40 to 36 days ago). */
    private long trained(long inst, String occupation, int[] attended, long... workers) throws Exception {
        return TestData.completedClass(inst, "OCCUPATION_LEVEL", occupation, "班" + TestData.unique(""), 5, workers, attended);
    }

    private long enrolment(long classId, long worker) throws Exception {
        return SubsidyData.ids("select id from enrolment where class_id = ? and worker_account_id = ?", classId, worker).get(0);
    }

    private LocalDate classStart(long classId) throws Exception {
        return LocalDate.parse(SubsidyData.string("select start_date from training_class where id = ?", classId));
    }

    /** A skill-level certificate of the body for the worker's enrolment in the class. */
    private long certificate(long worker, long classId, String kind, Integer level, LocalDate issued) throws Exception {
        return SubsidyData.certificate(worker, kind, ELECTRICIAN, level, body, enrolment(classId, worker), classId, null, issued);
    }

    private static int[] full(int n) {
        int[] a = new int[n];
        java.util.Arrays.fill(a, 5);
        return a;
    }

    private static Set<String> refused(ClaimService.Preview p) {
        return p.eligibility().refusals().stream().map(Refusal::rule).collect(Collectors.toSet());
    }

    private static Refusal refusal(ClaimService.Preview p, String rule) {
        return p.eligibility().refusals().stream().filter(r -> r.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError(rule + " did not refuse: " + p.eligibility()));
    }

    private ClaimService.Preview preview(long worker, ClaimType type, long basis) throws Exception {
        return claims.preview(worker(worker), worker, ClaimService.Request.of(type, basis));
    }

    private SubsidyClaim fresh(long id) {
        em.getEntityManagerFactory().getCache().evictAll();
        em.clear();
        return em.find(SubsidyClaim.class, id);
    }

    private String state(long claimId) throws Exception {
        return SubsidyData.string("select state from subsidy_claim where id = ?", claimId);
    }

    private List<Long> workersOf(List<Long> claimIds) throws Exception {
        List<Long> out = new ArrayList<>();
        for (long c : claimIds) {
            out.add(TestData.count("select worker_account_id from subsidy_claim where id = ?", c));
        }
        return out;
    }

    // ---- R1 … R7 at their boundaries ------------------------------------------------------------------------

    @Test
    void r1QuotaCountsEveryTypeAndPayeeOfTheCalendarYearAndAnAdminCanChangeIt() throws Exception {
        long inst = TestData.organisation("INSTITUTION", "丰满培训学校" + tag, "220211");
        long w = TestData.worker("赵一" + tag.substring(tag.length() - 2));
        long classId = trained(inst, ELECTRICIAN, full(1), w);
        long cert = certificate(w, classId, "SKILL_LEVEL", 5, today.minusDays(3));
        SubsidyData.claim(w, "LIVING_ALLOWANCE", "PAID", "220211", inst, null, null, year, new BigDecimal("250"));
        SubsidyData.claim(w, "ASSESSMENT", "SUBMITTED", "220200", body, BRICKLAYER, 4, year, new BigDecimal("300"));
        SubsidyData.claim(w, "TRAINING", "REJECTED", "220211", inst, BRICKLAYER, 5, year, new BigDecimal("1000"));
        SubsidyData.claim(w, "TRAINING", "RECOVERED", "220211", inst, BRICKLAYER, 3, year, new BigDecimal("1000"));
        SubsidyData.claim(w, "TRAINING", "PAID", "220211", inst, BRICKLAYER, 4, year - 1, new BigDecimal("1000"));
        ClaimService.Preview two = preview(w, ClaimType.TRAINING, cert);
        assertFalse(refused(two).contains("R1_YEARLY_QUOTA"), "2 counted this year: a third passes " + two.eligibility());
        assertTrue(two.eligible(), two.eligibility().toString());

        SubsidyData.claim(w, "APPRENTICESHIP", "APPROVED", "220211", inst, null, null, year, new BigDecimal("5000"));
        Refusal r = refusal(preview(w, ClaimType.TRAINING, cert), "R1_YEARLY_QUOTA");
        assertEquals("subsidy.rule.quota", r.messageKey());
        assertArrayEquals(new Object[]{3L, String.valueOf(year), 3}, r.args(), "3 claims of every type and payee this year, limit 3");
        ClaimRefusedException e = assertThrows(ClaimRefusedException.class,
                () -> claims.file(worker(w), w, ClaimService.Request.of(ClaimType.TRAINING, cert), true));
        assertEquals("subsidy.rule.quota", e.refusals().get(0).messageKey());
        assertEquals(6, TestData.count("select count(*) from subsidy_claim where worker_account_id = ?", w), "nothing saved");

        // per-region setting with an effective date: from tomorrow 4 are allowed in 丰满区, today still 3
        config.setSetting(admin, "220211", SubsidyConfiguration.MAX_CLAIMS_PER_YEAR, 4, today.plusDays(1));
        assertTrue(refused(preview(w, ClaimType.TRAINING, cert)).contains("R1_YEARLY_QUOTA"));
        config.setSetting(admin, "220211", SubsidyConfiguration.MAX_CLAIMS_PER_YEAR, 4, today);
        assertFalse(refused(preview(w, ClaimType.TRAINING, cert)).contains("R1_YEARLY_QUOTA"));
    }

    @Test
    void r2SameOccupationAndLevelOnceAndNeverALowerLevelAfterAHigherOne() throws Exception {
        long same = TestData.worker("钱二");
        long lower = TestData.worker("孙三");
        long higher = TestData.worker("李四");
        long classId = trained(institution, ELECTRICIAN, full(3), same, lower, higher);
        long c1 = certificate(same, classId, "SKILL_LEVEL", 4, today.minusDays(2));
        long c2 = certificate(lower, classId, "SKILL_LEVEL", 4, today.minusDays(2));
        long c3 = certificate(higher, classId, "SKILL_LEVEL", 4, today.minusDays(2));
        SubsidyData.claim(same, "TRAINING", "PAID", "220204", institution, ELECTRICIAN, 4, year - 1, new BigDecimal("1950"));
        SubsidyData.claim(lower, "TRAINING", "PAYABLE", "220204", institution, ELECTRICIAN, 3, year - 1, new BigDecimal("2600"));
        SubsidyData.claim(higher, "TRAINING", "PAID", "220204", institution, ELECTRICIAN, 5, year - 1, new BigDecimal("1300"));
        SubsidyData.claim(higher, "ASSESSMENT", "PAID", "220204", body, ELECTRICIAN, 4, year - 1, new BigDecimal("300"));

        Refusal r = refusal(preview(same, ClaimType.TRAINING, c1), "R2_ONCE_PER_LEVEL");
        assertEquals("subsidy.rule.sameLevel", r.messageKey());
        assertArrayEquals(new Object[]{ELECTRICIAN, 4}, r.args());
        r = refusal(preview(lower, ClaimType.TRAINING, c2), "R2_ONCE_PER_LEVEL");
        assertEquals("subsidy.rule.lowerLevel", r.messageKey());
        assertArrayEquals(new Object[]{ELECTRICIAN, 4, 3}, r.args(), "level 4 after level 3 (higher) is refused");
        ClaimService.Preview up = preview(higher, ClaimType.TRAINING, c3);
        assertFalse(refused(up).contains("R2_ONCE_PER_LEVEL"), "level 4 after 5 is the normal way up; another type does not count");
        assertTrue(up.eligible(), up.eligibility().toString());
    }

    @Test
    void r3AssessmentSubsidyOnlyForAFirstAttemptAtASkillLevelOrSpecialAbilityCertificate() throws Exception {
        long first = TestData.worker("周五");
        long retake = TestData.worker("吴六");
        long completion = TestData.worker("郑七");
        BigDecimal fee = new BigDecimal("300.00");
        long k1 = SubsidyData.passedCandidate(body, assessor.accountId(), first, null, ELECTRICIAN, 4, 1, fee, today.minusDays(5));
        long k2 = SubsidyData.passedCandidate(body, assessor.accountId(), retake, null, ELECTRICIAN, 4, 2, fee, today.minusDays(5));
        long k3 = SubsidyData.passedCandidate(body, assessor.accountId(), completion, null, ELECTRICIAN, 4, 1, fee, today.minusDays(5));
        long c1 = SubsidyData.certificate(first, "SKILL_LEVEL", ELECTRICIAN, 4, body, null, null, k1, today.minusDays(4));
        long c2 = SubsidyData.certificate(retake, "SKILL_LEVEL", ELECTRICIAN, 4, body, null, null, k2, today.minusDays(4));
        long c3 = SubsidyData.certificate(completion, "TRAINING_COMPLETION", ELECTRICIAN, null, body, null, null, k3, today.minusDays(4));

        ClaimService.Request declared = new ClaimService.Request(ClaimType.ASSESSMENT, c1, "RURAL_TRANSFER", "EMPLOYED");
        ClaimService.Preview ok = claims.preview(worker(first), first, declared);
        assertTrue(ok.eligible(), ok.eligibility().toString());
        assertEquals(new BigDecimal("300.00"), ok.amount().value(), "1500 × 1.3 = 1950, capped at the fee charged");
        assertEquals("220000/220200/", ok.draft().regionPath(), "an assessment claim belongs to the body's region");
        ClaimService.Preview undeclared = preview(first, ClaimType.ASSESSMENT, c1);
        assertEquals("subsidy.rule.category.unknown", refusal(undeclared, "R6_PERSON").messageKey(),
                "without a class the learner declares the category they had");

        Refusal r = refusal(claims.preview(worker(retake), retake, new ClaimService.Request(ClaimType.ASSESSMENT, c2,
                "RURAL_TRANSFER", "EMPLOYED")), "R3_FIRST_ASSESSMENT");
        assertEquals("subsidy.rule.assessment.retake", r.messageKey());
        ClaimService.Preview kind = claims.preview(worker(completion), completion,
                new ClaimService.Request(ClaimType.ASSESSMENT, c3, "RURAL_TRANSFER", "EMPLOYED"));
        assertEquals("subsidy.rule.assessment.kind", refusal(kind, "R3_FIRST_ASSESSMENT").messageKey());
        assertFalse(kind.eligible());
    }

    @Test
    void r4ClaimWithinTwelveMonthsOfTheCertificateIssueDate() throws Exception {
        long inTime = TestData.worker("冯八");
        long late = TestData.worker("陈九");
        long classId = trained(institution, ELECTRICIAN, full(2), inTime, late);
        long onTheDay = certificate(inTime, classId, "SKILL_LEVEL", 5, today.minusMonths(12));
        long dayAfter = certificate(late, classId, "SKILL_LEVEL", 5, today.minusMonths(12).minusDays(1));
        assertFalse(refused(preview(inTime, ClaimType.TRAINING, onTheDay)).contains("R4_CLAIM_WINDOW"),
                "the same calendar day a year later is the last day");
        Refusal r = refusal(preview(late, ClaimType.TRAINING, dayAfter), "R4_CLAIM_WINDOW");
        assertEquals("subsidy.rule.certificate.late", r.messageKey());
        assertArrayEquals(new Object[]{today.minusMonths(12).minusDays(1), today.minusDays(1)}, r.args());
    }

    @Test
    void r5AttendanceAtLeastEightyPercentOfClassHoursAndTheRegionCanLowerIt() throws Exception {
        long inst = TestData.organisation("INSTITUTION", "龙潭培训学校" + tag, "220203");
        long exact = TestData.worker("褚十");
        long below = TestData.worker("卫十一");
        // 6 sessions: four of 3 h, one of 2 h 54 min, one of 6 min = 15 h planned; 80 % = 12 h
        long classId = TestData.completedClass(inst, "OCCUPATION_LEVEL", ELECTRICIAN, "出勤班" + tag, 6, new long[]{exact, below},
                new int[]{4, 3});
        List<Long> sessions = SubsidyData.ids("select id from class_session where class_id = ? order by starts_at", classId);
        SubsidyData.exec("update class_session set ends_at = starts_at + interval 174 minute where id = ?", sessions.get(4));
        SubsidyData.exec("update class_session set ends_at = starts_at + interval 6 minute where id = ?", sessions.get(5));
        SubsidyData.exec("insert into check_in (session_id, class_id, enrolment_id, worker_account_id, method, checked_in_at, recorded_by) "
                + "values (?, ?, ?, ?, 'ROLL_CALL', now(3), 'test')", sessions.get(4), classId, enrolment(classId, below), below);
        long c1 = certificate(exact, classId, "SKILL_LEVEL", 5, today.minusDays(1));
        long c2 = certificate(below, classId, "SKILL_LEVEL", 5, today.minusDays(1));

        ClaimService.Preview p = preview(exact, ClaimType.TRAINING, c1);
        assertEquals(0, new BigDecimal("12.00").compareTo(p.training().attendedHours()));
        assertEquals(0, new BigDecimal("15.00").compareTo(p.training().plannedHours()));
        assertFalse(refused(p).contains("R5_ATTENDANCE"), "exactly 80 % passes");
        Refusal r = refusal(preview(below, ClaimType.TRAINING, c2), "R5_ATTENDANCE");
        assertEquals("subsidy.rule.attendance", r.messageKey());
        assertEquals(0, new BigDecimal("11.90").compareTo((BigDecimal) r.args()[0]), "11.9 of 15 hours");
        assertEquals(0, new BigDecimal("12").compareTo((BigDecimal) r.args()[2]));

        config.setSetting(admin, "220203", SubsidyConfiguration.MIN_ATTENDANCE_PERCENT, 75, today);
        assertFalse(refused(preview(below, ClaimType.TRAINING, c2)).contains("R5_ATTENDANCE"), "龙潭区 asks for 75 % from today");
    }

    @Test
    void r6CategoryStatusAndAgeAreJudgedAtTheStartOfTraining() throws Exception {
        long man60 = TestData.worker("男六十");
        long man61 = TestData.worker("男六十一");
        long woman55 = TestData.worker("女五十五");
        long woman56 = TestData.worker("女五十六");
        long young15 = TestData.worker("少年十五");
        long young16 = TestData.worker("少年十六");
        long other = TestData.worker("其他类");
        long student = TestData.worker("在校生");
        long[] all = {man60, man61, woman55, woman56, young15, young16, other, student};
        long classId = trained(institution, ELECTRICIAN, full(all.length), all);
        LocalDate start = classStart(classId);
        Map<Long, String[]> people = Map.of(
                man60, new String[]{start.minusYears(61).plusDays(1).toString(), "MALE"},
                man61, new String[]{start.minusYears(61).toString(), "MALE"},
                woman55, new String[]{start.minusYears(56).plusDays(1).toString(), "FEMALE"},
                woman56, new String[]{start.minusYears(56).toString(), "FEMALE"},
                young15, new String[]{start.minusYears(16).plusDays(1).toString(), "MALE"},
                young16, new String[]{start.minusYears(16).toString(), "MALE"});
        for (var e : people.entrySet()) {
            SubsidyData.exec("update worker set birth_date = ?, gender = ? where account_id = ?", e.getValue()[0], e.getValue()[1], e.getKey());
        }
        SubsidyData.exec("update enrolment set category = 'OTHER' where id = ?", enrolment(classId, other));
        SubsidyData.exec("update enrolment set learner_status = 'STUDENT' where id = ?", enrolment(classId, student));
        Map<Long, Long> certs = new HashMap<>();
        for (long w : all) {
            certs.put(w, certificate(w, classId, "SKILL_LEVEL", 5, today.minusDays(1)));
        }
        assertTrue(preview(man60, ClaimType.TRAINING, certs.get(man60)).eligible(), "60 at the start of training (61 today) passes");
        Refusal r = refusal(preview(man61, ClaimType.TRAINING, certs.get(man61)), "R6_PERSON");
        assertEquals("subsidy.rule.age.old", r.messageKey());
        assertArrayEquals(new Object[]{61, start, 60}, r.args());
        assertTrue(preview(woman55, ClaimType.TRAINING, certs.get(woman55)).eligible());
        assertEquals("subsidy.rule.age.old", refusal(preview(woman56, ClaimType.TRAINING, certs.get(woman56)), "R6_PERSON").messageKey());
        assertEquals("subsidy.rule.age.young", refusal(preview(young15, ClaimType.TRAINING, certs.get(young15)), "R6_PERSON").messageKey());
        assertTrue(preview(young16, ClaimType.TRAINING, certs.get(young16)).eligible(), "the 16th birthday itself is old enough");
        assertEquals("subsidy.rule.category", refusal(preview(other, ClaimType.TRAINING, certs.get(other)), "R6_PERSON").messageKey());
        assertEquals("subsidy.rule.status.student",
                refusal(preview(student, ClaimType.TRAINING, certs.get(student)), "R6_PERSON").messageKey());
    }

    @Test
    void r7SomeoneElseIsPaidOnlyWithTheLearnersAgreementAndAnEmployerOnlyForOrderTraining() throws Exception {
        long w = TestData.worker("代申请");
        long classId = trained(institution, ELECTRICIAN, full(1), w);
        long cert = certificate(w, classId, "SKILL_LEVEL", 5, today.minusDays(1));
        ClaimService.Request request = ClaimService.Request.of(ClaimType.TRAINING, cert);
        ClaimService.Preview without = claims.preview(staff, w, request);
        assertEquals(PayeeType.INSTITUTION, without.draft().payeeType());
        assertEquals("subsidy.rule.payee.agreement", refusal(without, "R7_PAYEE").messageKey());
        assertThrows(NotFoundException.class, () -> claims.preview(employerStaff, w, request), "not the employer's order");
        assertThrows(NotFoundException.class, () -> claims.preview(assessor, w, request), "a body files only assessment claims");

        claims.recordAgreements(staff, List.of(w), today, "agreement.pdf", PDF);
        ClaimService.Preview with = claims.preview(staff, w, request);
        assertTrue(with.eligible(), with.eligibility().toString());
        assertThrows(DomainException.class, () -> claims.file(staff, w, request, true), "the institution's account is needed");
        accounts.setForOrganisation(staff, "船营职业培训学校", "中国银行吉林分行", "6217 0000 1111 2222 333");
        SubsidyClaim c = claims.file(staff, w, request, true);
        assertEquals(ClaimState.SUBMITTED, c.getState());
        assertEquals(institution, c.getPayeeOrganisationId());
        assertNotNull(c.getAgreementId());
        assertEquals(SubsidyFiles.sha256(PDF), SubsidyData.string("select f.sha256 from subsidy_agreement a join subsidy_file f "
                + "on f.id = a.file_id where a.id = ?", c.getAgreementId()), "the agreement is stored with its hash");
        DomainException twice = assertThrows(DomainException.class, () -> claims.file(worker(w), w, request, true));
        assertEquals("subsidy.claim.duplicate", twice.messageKey(), "the same certificate is claimed once, whoever files");

        // an employer's order class: the employer may claim the pre-job training with the learner's agreement
        long trainee = TestData.worker("订单学员");
        long order = orderOf(employer);
        long orderEnrolment = TestData.completedOrderClass(order, institution, trainee);
        long orderClass = TestData.count("select class_id from enrolment where id = ?", orderEnrolment);
        long orderCert = SubsidyData.certificate(trainee, "TRAINING_COMPLETION", ELECTRICIAN, null, institution, orderEnrolment,
                orderClass, null, today.minusDays(1));
        ClaimService.Request byEmployer = ClaimService.Request.of(ClaimType.TRAINING, orderCert);
        assertEquals("subsidy.rule.payee.agreement", refusal(claims.preview(employerStaff, trainee, byEmployer), "R7_PAYEE").messageKey());
        claims.recordAgreements(employerStaff, List.of(trainee), today, "order-agreement.pdf", (new String(PDF,
                StandardCharsets.ISO_8859_1) + " order").getBytes(StandardCharsets.ISO_8859_1));
        ClaimService.Preview p = claims.preview(employerStaff, trainee, byEmployer);
        assertEquals(PayeeType.EMPLOYER, p.draft().payeeType());
        assertFalse(refused(p).contains("R7_PAYEE"), p.eligibility().toString());
        assertThrows(NotFoundException.class, () -> claims.recordAgreements(employerStaff, List.of(w), today, "x.pdf", PDF),
                "an organisation records agreements only of learners it trained, assessed or ordered");
    }

    @Test
    void anAssessmentBodyFilesTheAssessmentSubsidyOfASessionOnTheCandidatesBehalf() throws Exception {
        long w = TestData.worker("鉴定考生");
        trained(institution, BRICKLAYER, full(1), w); // an earlier class: the category recorded there is used
        long candidate = SubsidyData.passedCandidate(body, assessor.accountId(), w, null, ELECTRICIAN, 4, 1,
                new BigDecimal("260.00"), today.minusDays(3));
        long session = TestData.count("select session_id from candidate where id = ?", candidate);
        long cert = SubsidyData.certificate(w, "SKILL_LEVEL", ELECTRICIAN, 4, body, null, null, candidate, today.minusDays(2));
        assertThrows(NotFoundException.class, () -> claims.sessionPreview(caller("ASSESSOR",
                TestData.organisation("ASSESSMENT_BODY", "别的鉴定站" + tag, "220200")), session));
        assertTrue(claims.lockedSessions(assessor).stream().anyMatch(s -> s.id() == session && s.passed() == 1));
        ClaimService.ClassLine line = claims.sessionPreview(assessor, session).get(0);
        assertEquals(cert, line.basisId());
        assertEquals(new BigDecimal("260.00"), line.preview().amount().value(), "capped at the fee charged");
        assertEquals(Set.of("R7_PAYEE"), refused(line.preview()), "the category comes from the earlier class; only the agreement is missing");
        claims.recordAgreements(assessor, List.of(w), today, "exam-agreement.pdf",
                (new String(PDF, StandardCharsets.ISO_8859_1) + "exam").getBytes(StandardCharsets.ISO_8859_1));
        accounts.setForOrganisation(assessor, "吉林市职业技能鉴定中心", "建设银行", "6227000011112222333");
        ClaimService.ClassFiling f = claims.fileForSession(assessor, session, List.of(w));
        assertEquals(1, f.filed().size(), String.valueOf(f.refused()) + f.problems());
        SubsidyClaim c = f.filed().get(0);
        assertEquals(ClaimType.ASSESSMENT, c.getType());
        assertEquals(PayeeType.ASSESSMENT_BODY, c.getPayeeType());
        assertEquals(body, c.getPayeeOrganisationId());
        assertEquals("220000/220200/", c.getRegionPath());
        assertEquals("subsidy.claim.duplicate", claims.fileForSession(assessor, session, List.of(w)).problems().get(w).messageKey());
    }

    private long orderOf(long employerId) throws Exception {
        try (var c = TestData.connect(); var ps = c.prepareStatement("insert into training_order (employer_id, region_code, region_path, "
                + "occupation_id, level, headcount, wage_offered, skill_requirements, deadline, hiring_commitment, state, institution_id, "
                + "accepted_at, created_at) select e.id, e.region_code, e.region_path, o.id, 5, 10, 4500, '安全操作', current_date + interval 30 day, "
                + "'全部录用', 'ACCEPTED', ?, now(3), now(3) from organisation e, occupation o where e.id = ? and o.code = ? "
                + "order by o.catalog_year desc limit 1", java.sql.Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, institution);
            ps.setLong(2, employerId);
            ps.setString(3, ELECTRICIAN);
            ps.executeUpdate();
            try (var rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    // ---- the quota under concurrency -----------------------------------------------------------------------------

    @Test
    void theYearlyQuotaHoldsWhenClaimsForThePersonArriveAtTheSameMoment() throws Exception {
        int people = 6;
        long[] workers = new long[people];
        for (int i = 0; i < people; i++) {
            workers[i] = TestData.worker("并发" + i);
        }
        List<Long> classes = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            classes.add(trained(institution, BRICKLAYER, full(people), workers));
        }
        for (long w : workers) {
            SubsidyData.claim(w, "TRAINING", "PAID", "220204", institution, ELECTRICIAN, 5, year, new BigDecimal("1300"));
            SubsidyData.claim(w, "ASSESSMENT", "SUBMITTED", "220200", body, ELECTRICIAN, 5, year, new BigDecimal("300"));
            accounts.setForWorker(worker(w), "学员", "中国农业银行", "6228480012345678" + (w % 1000));
        }
        // each person has 2 claims this year; 3 living-allowance claims (one per class) arrive at once: only one may pass
        List<Callable<Object>> tasks = new ArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        for (long w : workers) {
            Caller self = worker(w);
            for (long classId : classes) {
                long e = enrolment(classId, w);
                tasks.add(() -> {
                    go.await();
                    return claims.file(self, w, ClaimService.Request.of(ClaimType.LIVING_ALLOWANCE, e), true).getId();
                });
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        int filed = 0;
        int refusedQuota = 0;
        try {
            List<Future<Object>> done = new ArrayList<>();
            for (Callable<Object> t : tasks) {
                done.add(pool.submit(t));
            }
            go.countDown();
            for (Future<Object> f : done) {
                try {
                    f.get();
                    filed++;
                } catch (ExecutionException e) {
                    ClaimRefusedException refusal = assertInstanceOf(ClaimRefusedException.class, e.getCause(), String.valueOf(e.getCause()));
                    assertEquals("subsidy.rule.quota", refusal.refusals().get(0).messageKey());
                    refusedQuota++;
                }
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(people, filed, "one claim per person got through");
        assertEquals(people * 2, refusedQuota);
        for (long w : workers) {
            assertEquals(3, TestData.count("select count(*) from subsidy_claim where worker_account_id = ? and claim_year = ? "
                    + "and state not in ('DRAFT', 'REJECTED', 'RECOVERED')", w, year), "never more than 3 for worker " + w);
        }
    }

    // ---- amounts --------------------------------------------------------------------------------------------------

    @Test
    void ratesFollowTheRegionTreeTheirEffectiveDatesAndTheShortageUplift() throws Exception {
        long inst = TestData.organisation("INSTITUTION", "中原区培训学校" + tag, "410102");
        config.addRate(admin, "410000", ClaimType.TRAINING, CertificateKind.SKILL_LEVEL, 5, LocalDate.of(2020, 1, 1), new BigDecimal("1200"));
        config.addRate(admin, "410100", ClaimType.TRAINING, CertificateKind.SKILL_LEVEL, 5, LocalDate.of(2019, 1, 1), new BigDecimal("1100"));
        config.addRate(admin, "410100", ClaimType.TRAINING, CertificateKind.SKILL_LEVEL, 5, today.plusDays(1), new BigDecimal("1400"));
        DomainException dup = assertThrows(DomainException.class, () -> config.addRate(admin, "410100", ClaimType.TRAINING,
                CertificateKind.SKILL_LEVEL, 5, LocalDate.of(2019, 1, 1), new BigDecimal("1")));
        assertEquals("subsidy.rate.duplicate", dup.messageKey());
        assertThrows(org.skillpass.shared.domain.AccessDeniedException.class, () -> config.addRate(hr, "220200",
                ClaimType.TRAINING, CertificateKind.SKILL_LEVEL, 5, today, BigDecimal.TEN));

        long w = TestData.worker("河南学员");
        long old = TestData.worker("老证书");
        long classId = trained(inst, ELECTRICIAN, full(2), w, old);
        long cert = certificate(w, classId, "SKILL_LEVEL", 5, today.minusDays(2));
        long oldCert = certificate(old, classId, "SKILL_LEVEL", 5, LocalDate.of(2018, 6, 1));

        ClaimService.Preview p = preview(w, ClaimType.TRAINING, cert);
        assertEquals(new BigDecimal("1430.00"), p.amount().value(), "郑州市's own 1100 beats the province's newer 1200; ×1.3 shortage");
        List<String> steps = p.amount().explanation().stream().map(e -> e.messageKey()).toList();
        assertEquals(List.of("subsidy.amount.rate", "subsidy.amount.shortage", "subsidy.amount.total"), steps);
        assertEquals(LocalDate.of(2019, 1, 1), p.amount().explanation().get(0).args()[1]);
        assertEquals(new BigDecimal("1300.00"), preview(old, ClaimType.TRAINING, oldCert).amount().value(),
                "a certificate of 2018 gets the default 1000 in force then (×1.3)");

        config.setSetting(admin, "410100", SubsidyConfiguration.SHORTAGE_UPLIFT_PERCENT, 50, today);
        assertEquals(new BigDecimal("1650.00"), preview(w, ClaimType.TRAINING, cert).amount().value(), "uplift 50 % from today");

        long e = enrolment(classId, w);
        assertEquals(new BigDecimal("250.00"), preview(w, ClaimType.LIVING_ALLOWANCE, e).amount().value(), "5 attended days × 50");
        config.addRate(admin, "410100", ClaimType.LIVING_ALLOWANCE, null, null, LocalDate.of(2019, 1, 1), new BigDecimal("60"));
        ClaimService.Preview living = preview(w, ClaimType.LIVING_ALLOWANCE, e);
        assertEquals(new BigDecimal("300.00"), living.amount().value());
        assertTrue(living.eligible(), living.eligibility().toString());
    }

    // ---- notice, objections, payment ---------------------------------------------------------------------------------

    /** Approved claims of a new institution in the county, with payout accounts for their learners. */
    private List<Long> approved(String regionCode, int n) throws Exception {
        long inst = TestData.organisation("INSTITUTION", "学校" + TestData.unique(""), regionCode);
        List<Long> ids = SubsidyData.submittedClaims(n, regionCode, inst, new BigDecimal("1300.00"));
        SubsidyData.payoutAccounts(workersOf(ids));
        assertEquals(n, review.approveBatch(hr, ids, null).approved());
        return ids;
    }

    @Test
    void theNoticeRunsFiveWorkingDaysOnTheCalendarAndSkipsAHoliday() throws Exception {
        List<Long> ids = approved("220202", 2);
        LocalDate monday = today.plusDays(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        SubsidyData.calendarDay("220202", monday.plusDays(2), "HOLIDAY"); // the Wednesday is a holiday in 昌邑区
        PublicNotice n = notices.publish(hr, "220202", null, monday);
        assertEquals(monday, n.getPublishedOn());
        assertEquals(5, n.getWorkingDays());
        // Tue 1, (Wed holiday), Thu 2, Fri 3, (weekend), Mon 4, Tue 5
        assertEquals(monday.plusDays(8), n.getEndsOn(), "5 working days after Monday, the Wednesday off: Tuesday week");
        assertEquals(2, n.getClaimCount());
        assertEquals(new BigDecimal("2600.00"), n.getTotalAmount());
        for (long id : ids) {
            assertEquals("PUBLIC_NOTICE", state(id));
        }
        DomainException early = assertThrows(DomainException.class, () -> notices.release(hr, n.getId(), n.getEndsOn()));
        assertEquals("subsidy.notice.notOver", early.messageKey(), "the last day still belongs to the notice");
        NoticeService.ReleaseResult r = notices.release(hr, n.getId(), n.getEndsOn().plusDays(1));
        assertEquals(2, r.released());
        assertEquals("PAYABLE", state(ids.get(0)));
        assertEquals(PublicNotice.State.RELEASED, notices.notice(n.getId()).getState());
        assertThrows(DomainException.class, () -> notices.publish(hr, "220202", null, today), "nothing approved is left");

        // a make-up working day (调休) counts
        List<Long> more = approved("220202", 1);
        SubsidyData.calendarDay("220202", monday.plusDays(12), "WORKING_DAY"); // the Saturday after next
        PublicNotice again = notices.publish(hr, "220202", null, monday.plusDays(7));
        assertEquals(monday.plusDays(12), again.getEndsOn(), "Tue, Wed, Thu, Fri, and the make-up Saturday");
        assertEquals("PUBLIC_NOTICE", state(more.get(0)));
    }

    @Test
    void anOpenObjectionHoldsItsClaimBackFromPaymentUntilResolvedAndTheBankFileIsAllOrNothing() throws Exception {
        List<Long> ids = approved("220221", 3);
        long a = ids.get(0);
        long b = ids.get(1);
        long c = ids.get(2);
        PublicNotice n = notices.publish(hr, "220221", "永吉县补贴公示" + tag, today);
        FieldException badRef = assertThrows(FieldException.class, () -> notices.object(n.getId(), "BT99999999", null, null,
                "这个人没有参加培训", "10.0.0.1", today));
        assertEquals("subsidy.objection.reference", badRef.messageKey());
        Objection o = notices.object(n.getId(), SubsidyClaim.reference(a), "群众", "13900000000", "此人培训期间在外地打工，没有参加培训。",
                "10.0.0.1", today);
        assertEquals(Objection.State.OPEN, o.getState());
        assertEquals("subsidy.objection.closed", assertThrows(DomainException.class, () -> notices.object(n.getId(), null, null, null,
                "公示结束后提出的异议", "10.0.0.2", n.getEndsOn().plusDays(1))).messageKey());

        NoticeService.ReleaseResult r = notices.release(hr, n.getId(), n.getEndsOn().plusDays(1));
        assertEquals(2, r.released());
        assertEquals(1, r.held());
        assertEquals("PUBLIC_NOTICE", state(a), "the objection holds it back");
        assertEquals("PAYABLE", state(b));

        PaymentBatch batch = payments.createBatch(hr, "220221");
        assertEquals(2, batch.getClaimCount(), "only the released claims are paid");
        assertEquals(0, TestData.count("select count(*) from subsidy_claim where id = ? and payment_batch_id is not null", a));

        List<PaymentFiles.Line> lines = payments.exportLines(hr, batch.getId(), "xlsx");
        assertEquals(2, lines.size());
        assertEquals("6228480012345678901", lines.get(0).accountNumber(), "the bank gets the full account number");
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(PaymentFiles.xlsx(lines, Locale.SIMPLIFIED_CHINESE)))) {
            assertEquals(2, wb.getNumberOfSheets());
            assertEquals(2, wb.getSheetAt(0).getRow(1).getCell(3).getNumericCellValue(), 0.001, "summary per payee account");
        }
        String csv = new String(PaymentFiles.csv(lines), StandardCharsets.UTF_8);
        assertTrue(csv.contains(SubsidyClaim.reference(b) + ",LEARNER,"), csv);

        // a wrong amount and an unknown reference: the whole file is refused, nothing written
        String bad = "申请编号,金额,状态\n" + SubsidyClaim.reference(b) + ",1300.00,成功\n" + SubsidyClaim.reference(c) + ",1200.00,成功\n"
                + SubsidyClaim.reference(a) + ",1300.00,成功\n";
        PaymentService.ConfirmationException refused = assertThrows(PaymentService.ConfirmationException.class,
                () -> payments.confirm(hr, batch.getId(), "bank.csv", bad.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(3, 4), refused.errors().stream().map(PaymentFiles.RowError::row).toList());
        assertEquals("subsidy.confirm.amount.mismatch", refused.errors().get(0).messageKey());
        assertEquals("subsidy.confirm.reference", refused.errors().get(1).messageKey());
        assertEquals("PAYABLE", state(b), "nothing half-written");

        String good = "reference,amount,status,note\r\n" + SubsidyClaim.reference(b) + ",1300.00,SUCCESS,\r\n"
                + SubsidyClaim.reference(c) + ",\"1,300.00\",失败,账户已冻结\r\n";
        PaymentService.ConfirmationResult done = payments.confirm(hr, batch.getId(), "bank.csv", good.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, done.paid());
        assertEquals(1, done.failed());
        assertEquals("PAID", state(b));
        assertEquals("PAYABLE", state(c));
        assertNull(SubsidyData.string("select payment_batch_id from subsidy_claim where id = ?", c), "back in the pool");
        assertEquals("账户已冻结", SubsidyData.string("select payment_note from subsidy_claim where id = ?", c));
        assertEquals(PaymentBatch.State.CONFIRMED, payments.batch(hr, batch.getId()).getState());

        // the objection is dismissed: the claim goes on to payment
        NoticeService.ObjectionView ov = notices.objections(hr, n.getId()).get(0);
        notices.resolve(hr, ov.id(), ov.version(), false, "经核实该学员按时参加培训，异议不成立。");
        notices.release(hr, n.getId(), n.getEndsOn().plusDays(1));
        assertEquals("PAYABLE", state(a));
        assertEquals(PublicNotice.State.RELEASED, notices.notice(n.getId()).getState());

        // an objection against the whole notice holds every claim; upheld against a claim, it recovers the claim
        List<Long> next = approved("220221", 2);
        PublicNotice n2 = notices.publish(hr, "220221", null, today);
        Objection general = notices.object(n2.getId(), null, null, null, "公示名单里的机构没有开班。", "10.0.0.3", today);
        assertEquals(0, notices.release(hr, n2.getId(), n2.getEndsOn().plusDays(1)).released());
        Objection named = notices.object(n2.getId(), SubsidyClaim.reference(next.get(0)), null, null, "冒名顶替参加培训。", "10.0.0.3", today);
        Map<Long, Long> versions = notices.objections(hr, n2.getId()).stream()
                .collect(Collectors.toMap(NoticeService.ObjectionView::id, NoticeService.ObjectionView::version));
        notices.resolve(hr, named.getId(), versions.get(named.getId()), true, "查实冒名顶替。");
        assertEquals("RECOVERED", state(next.get(0)));
        assertEquals("subsidy.objection.resolved", assertThrows(DomainException.class, () -> notices.resolve(hr, named.getId(),
                versions.get(named.getId()) + 1, false, "再次处理")).messageKey());
        notices.resolve(hr, general.getId(), versions.get(general.getId()), false, "查实机构已开班。");
        assertEquals(1, notices.release(hr, n2.getId(), n2.getEndsOn().plusDays(1)).released());
    }

    @Test
    void recoveryTakesBackAPaidAmountWithAReasonAndStopsAnUnpaidClaim() throws Exception {
        List<Long> ids = approved("220204", 2);
        long paid = ids.get(0);
        long unpaid = ids.get(1);
        SubsidyData.exec("update subsidy_claim set state = 'PAID', paid_at = now(3) where id = ?", paid);
        SubsidyClaim c = fresh(paid);
        FieldException tooMuch = assertThrows(FieldException.class, () -> review.recover(hr, paid, c.getVersion(),
                new BigDecimal("1300.01"), "虚报出勤"));
        assertEquals("subsidy.recover.amount", tooMuch.messageKey());
        assertThrows(FieldException.class, () -> review.recover(hr, paid, c.getVersion(), new BigDecimal("500"), " "), "a reason is required");
        assertThrows(NotFoundException.class, () -> review.recover(anyangHr, paid, c.getVersion(), new BigDecimal("500"), "x"));
        SubsidyClaim recovered = review.recover(hr, paid, c.getVersion(), new BigDecimal("1300.00"), "考勤照片系冒用，追回全部补贴");
        assertEquals(ClaimState.RECOVERED, recovered.getState());
        assertEquals(new BigDecimal("1300.00"), fresh(paid).getRecoveredAmount());
        assertEquals("考勤照片系冒用，追回全部补贴", SubsidyData.string("select reason from audit_entry where entity_type = 'SubsidyClaim' "
                + "and entity_id = ? and action = 'SUBSIDY_CLAIM_RECOVERED'", String.valueOf(paid)));
        ClaimStateChanged last = events.of(paid).get(events.of(paid).size() - 1);
        assertEquals(ClaimState.PAID, last.from());
        assertEquals(ClaimState.RECOVERED, last.to());
        assertEquals(new BigDecimal("1300.00"), last.amount(), "the event carries the amount recovered");
        assertEquals("subsidy.state.illegal", assertThrows(DomainException.class,
                () -> review.recover(hr, paid, fresh(paid).getVersion(), BigDecimal.ONE, "again")).messageKey());

        SubsidyClaim u = fresh(unpaid);
        assertEquals("subsidy.recover.notPaid", assertThrows(FieldException.class,
                () -> review.recover(hr, unpaid, u.getVersion(), BigDecimal.ONE, "x")).messageKey());
        review.recover(hr, unpaid, u.getVersion(), null, "复核发现证书造假");
        assertEquals(0, BigDecimal.ZERO.compareTo(fresh(unpaid).getRecoveredAmount()));
    }

    // ---- pay for results -------------------------------------------------------------------------------------

    /** A completed class ended 7 months ago with four trainees: certified+employed, certified, employed, neither. */
    private long[] resultsClass(String name) throws Exception {
        long[] t = {TestData.worker("取证就业" + name), TestData.worker("只取证" + name), TestData.worker("只就业" + name),
                TestData.worker("都没有" + name)};
        long classId = trained(institution, ELECTRICIAN, full(4), t);
        SubsidyData.exec("update training_class set start_date = current_date - interval 8 month, "
                + "end_date = current_date - interval 7 month where id = ?", classId);
        certificate(t[0], classId, "SKILL_LEVEL", 5, today.minusMonths(7));
        certificate(t[1], classId, "SKILL_LEVEL", 5, today.minusMonths(7));
        claims.recordAgreements(staff, java.util.Arrays.stream(t).boxed().toList(), today, "class-agreement.pdf",
                (new String(PDF, StandardCharsets.ISO_8859_1) + name).getBytes(StandardCharsets.ISO_8859_1));
        List<ResultsService.Upload> slips = List.of(new ResultsService.Upload("slip1.pdf", (new String(PDF, StandardCharsets.ISO_8859_1)
                + name + "1").getBytes(StandardCharsets.ISO_8859_1)), new ResultsService.Upload("slip2.pdf",
                (new String(PDF, StandardCharsets.ISO_8859_1) + name + "2").getBytes(StandardCharsets.ISO_8859_1)));
        ResultsService.Upload contract = new ResultsService.Upload("contract.pdf", (new String(PDF, StandardCharsets.ISO_8859_1)
                + name + "c").getBytes(StandardCharsets.ISO_8859_1));
        for (long w : new long[]{t[0], t[2]}) {
            results.recordFollowUp(staff, enrolment(classId, w), 3, FollowUpOutcome.EMPLOYED, "吉林化纤", today, null, List.of());
            results.recordFollowUp(staff, enrolment(classId, w), 6, FollowUpOutcome.EMPLOYED, "吉林化纤", today, contract, slips);
        }
        results.recordFollowUp(staff, enrolment(classId, t[1]), 6, FollowUpOutcome.NOT_EMPLOYED, null, today, null, List.of());
        results.recordFollowUp(staff, enrolment(classId, t[3]), 6, FollowUpOutcome.UNREACHABLE, null, today, null, List.of());
        return new long[]{classId, t[0], t[1], t[2], t[3]};
    }

    private Map<Long, List<SubsidyClaim>> byWorker(List<SubsidyClaim> filed) {
        return filed.stream().collect(Collectors.groupingBy(SubsidyClaim::getWorkerAccountId));
    }

    @Test
    void payForResultsInTranchesAtMilestonesAndByTheEmploymentRate() throws Exception {
        accounts.setForOrganisation(staff, "船营职业培训学校", "中国银行", "621700001111222233");
        // tranches: 50 % when certified, 50 % when employed ≥ 6 months (contract + 2 wage slips)
        long[] t = resultsClass("甲");
        long classId = t[0];
        assertThrows(NotFoundException.class, () -> results.createPlan(anyangHr, classId, ResultsPlan.Scheme.TRANCHES,
                new BigDecimal("2000"), null, null));
        results.createPlan(hr, classId, ResultsPlan.Scheme.TRANCHES, new BigDecimal("2000"), null, null);
        assertEquals("subsidy.results.planExists", assertThrows(DomainException.class, () -> results.createPlan(hr, classId,
                ResultsPlan.Scheme.TRANCHES, new BigDecimal("2000"), null, null)).messageKey());
        ResultsService.View v = results.view(staff, classId);
        assertEquals(new BigDecimal("4000.00"), v.breakdown().total(), "1000 + 1000, 1000, 1000, 0");
        // an early 6-month call is refused
        long early = TestData.worker("太早");
        long recent = trained(institution, ELECTRICIAN, full(1), early);
        assertEquals("subsidy.followUp.early", assertThrows(DomainException.class, () -> results.recordFollowUp(staff,
                enrolment(recent, early), 6, FollowUpOutcome.EMPLOYED, null, today, null, List.of())).messageKey());

        ResultsService.Filing f = results.fileOwed(staff, classId);
        assertTrue(f.refused().isEmpty(), String.valueOf(f.refused()));
        Map<Long, List<SubsidyClaim>> by = byWorker(f.filed());
        assertEquals(2, by.get(t[1]).size(), "both tranches");
        assertEquals(Set.of(Milestone.CERTIFIED, Milestone.EMPLOYED_6M),
                by.get(t[1]).stream().map(SubsidyClaim::getMilestone).collect(Collectors.toSet()));
        assertEquals(Milestone.CERTIFIED, by.get(t[2]).get(0).getMilestone());
        assertEquals(Milestone.EMPLOYED_6M, by.get(t[3]).get(0).getMilestone(), "employed without a certificate earns the employment tranche");
        assertFalse(by.containsKey(t[4]));
        for (SubsidyClaim c : f.filed()) {
            assertEquals(new BigDecimal("1000.00"), c.getAmount());
            assertEquals(PayeeType.INSTITUTION, c.getPayeeType());
            assertEquals(ClaimState.SUBMITTED, c.getState());
        }
        assertTrue(results.fileOwed(staff, classId).filed().isEmpty(), "nothing is filed twice");
        // the two tranches of one trainee are one subsidy for the yearly quota
        SubsidyData.claim(t[1], "ASSESSMENT", "PAID", "220200", body, BRICKLAYER, 4, year, new BigDecimal("300"));
        long other = certificate(t[1], trained(institution, BRICKLAYER, full(1), t[1]), "SKILL_LEVEL", 4, today.minusDays(1));
        assertFalse(refused(preview(t[1], ClaimType.TRAINING, other)).contains("R1_YEARLY_QUOTA"),
                "two tranches + one assessment = 2 subsidies this year");

        // employment rate: 2 of 4 employed = 50 % → 120 % for certified or employed, 140 % for both
        long[] s = resultsClass("乙");
        results.createPlan(hr, s[0], ResultsPlan.Scheme.EMPLOYMENT_RATE, new BigDecimal("2000"), null, null);
        ResultsService.Filing g = results.fileOwed(staff, s[0]);
        Map<Long, List<SubsidyClaim>> byG = byWorker(g.filed());
        assertEquals(new BigDecimal("2800.00"), byG.get(s[1]).get(0).getAmount());
        assertEquals(new BigDecimal("2400.00"), byG.get(s[2]).get(0).getAmount());
        assertEquals(new BigDecimal("2400.00"), byG.get(s[3]).get(0).getAmount());
        assertFalse(byG.containsKey(s[4]));
        assertEquals(3, g.filed().size());
        assertTrue(ClaimService.explanation(byG.get(s[1]).get(0)).stream().anyMatch(l -> "subsidy.results.band.HIGH".equals(l.key())));

        // an employer confirms a trainee of its order class
        long trainee = TestData.worker("雇主确认");
        long orderEnrolment = TestData.completedOrderClass(orderOf(employer), institution, trainee);
        SubsidyData.exec("update training_class set end_date = current_date - interval 4 month, start_date = current_date - interval 5 month "
                + "where id = (select class_id from enrolment where id = ?)", orderEnrolment);
        long id = results.recordFollowUp(employerStaff, orderEnrolment, 3, FollowUpOutcome.EMPLOYED, null, today, null, List.of());
        assertEquals("EMPLOYER_CONFIRMED", SubsidyData.string("select source from employment_follow_up where id = ?", id));
        assertEquals("吉林化纤" + tag, SubsidyData.string("select employer_name from employment_follow_up where id = ?", id));
        assertThrows(NotFoundException.class, () -> results.recordFollowUp(employerStaff, enrolment(s[0], s[1]), 6,
                FollowUpOutcome.EMPLOYED, null, today, null, List.of()), "not the employer's order");
    }

    // ---- the notice is de-identified ----------------------------------------------------------------------------

    @Test
    void theNoticeShowsOnlyMaskedNamesAndIdNumbersOnThePageInThePdfAndInTheXlsx() throws Exception {
        String idNumber = TestData.idNumber("220204", "19900315", true);
        long w = TestData.workerWithId("欧阳明月", idNumber, TestData.phone());
        long inst = TestData.organisation("INSTITUTION", "公示学校" + tag, "220102");
        long classId = trained(inst, ELECTRICIAN, full(1), w);
        long cert = certificate(w, classId, "SKILL_LEVEL", 5, today.minusDays(1));
        accounts.setForWorker(worker(w), "欧阳明月", "中国农业银行", "6228480012345678901");
        SubsidyClaim c = claims.file(worker(w), w, ClaimService.Request.of(ClaimType.TRAINING, cert), true);
        Caller changchun = caller("HR_OFFICER", TestData.organisation("HR_BUREAU", "长春市人社局" + tag, "220100"));
        review.approve(changchun, c.getId(), c.getVersion());
        PublicNotice n = notices.publish(changchun, null, null, today);

        NoticeService.NoticeRow row = notices.rows(n.getId(), PageRequest.first(50)).rows().stream()
                .filter(r -> r.reference().equals(c.reference())).findFirst().orElseThrow();
        assertEquals("欧**月", row.name());
        assertEquals(idNumber.substring(0, 3) + "***********" + idNumber.substring(14), row.idMasked());
        assertEquals(new BigDecimal("1300.00"), row.amount());

        byte[] pdf = noticeDocuments.pdf(n, notices.allRows(n.getId()), Locale.SIMPLIFIED_CHINESE);
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc);
        }
        assertTrue(text.contains("欧**月") && text.contains(c.reference()), text);
        assertFalse(text.contains("欧阳明月") || text.contains(idNumber) || text.contains(idNumber.substring(6, 14)), text);
        byte[] xlsx = noticeDocuments.xlsx(n, notices.allRows(n.getId()), Locale.SIMPLIFIED_CHINESE);
        StringBuilder cells = new StringBuilder();
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            wb.getSheetAt(0).forEach(r -> r.forEach(cell -> cells.append(cell.toString()).append('|')));
        }
        assertTrue(cells.toString().contains("欧**月"), cells.toString());
        assertFalse(cells.toString().contains("欧阳明月") || cells.toString().contains(idNumber));
    }

    // ---- scope -------------------------------------------------------------------------------------------------

    @Test
    void anOfficerNeverSeesOrDecidesClaimsOutsideTheirRegion() throws Exception {
        long inst = TestData.organisation("INSTITUTION", "昌邑学校" + tag, "220202");
        List<Long> changyi = SubsidyData.submittedClaims(3, "220202", inst, new BigDecimal("1000"));
        List<Long> chuanying = SubsidyData.submittedClaims(2, "220204", institution, new BigDecimal("1000"));
        PageRequest byInst = new PageRequest(0, 50, null, true, Map.of("organisationId", String.valueOf(inst)));
        assertEquals(3, review.list(hr, byInst).total(), "the city sees its counties");
        assertEquals(0, review.list(anyangHr, byInst).total(), "安阳 sees nothing of 吉林");
        assertEquals(0, review.list(countyHr, byInst).total(), "船营区 does not see 昌邑区");
        assertEquals(2, review.list(countyHr, new PageRequest(0, 50, null, true,
                Map.of("organisationId", String.valueOf(institution), "state", "SUBMITTED"))).total());
        assertEquals(0, review.list(staff, byInst).total(), "another institution's claims are not staff's business");
        long id = changyi.get(0);
        assertThrows(NotFoundException.class, () -> review.detail(anyangHr, id));
        assertThrows(NotFoundException.class, () -> review.approve(anyangHr, id, 0));
        assertThrows(NotFoundException.class, () -> review.reject(countyHr, id, 0, "不在本区"));
        ReviewService.BatchResult b = review.approveBatch(anyangHr, changyi, null);
        assertEquals(0, b.approved());
        assertTrue(b.skipped().stream().allMatch(s -> s.reason() == ReviewService.SkipReason.NOT_FOUND));
        ReviewService.BatchResult mixed = review.approveBatch(countyHr, List.of(changyi.get(1), chuanying.get(0), chuanying.get(1)), null);
        assertEquals(2, mixed.approved());
        assertEquals(List.of(new ReviewService.Skipped(changyi.get(1), ReviewService.SkipReason.NOT_FOUND)), mixed.skipped(),
                "the one outside 船营区 is left alone");
        assertEquals("SUBMITTED", state(changyi.get(1)));
        assertEquals("APPROVED", state(chuanying.get(0)));
        assertThrows(NotFoundException.class, () -> notices.publish(anyangHr, "220202", null, today));
        assertThrows(NotFoundException.class, () -> payments.createBatch(countyHr, "220202"));
        assertEquals(3, review.list(hr, byInst).rows().size());
        assertEquals(id, review.detail(hr, id).claim().getId());
    }

    // ---- two officers, one claim --------------------------------------------------------------------------------

    @Test
    void twoOfficersCannotOverwriteEachOthersDecision() throws Exception {
        List<Long> ids = SubsidyData.submittedClaims(3, "220204", institution, new BigDecimal("1000"));
        long id = ids.get(0);
        SubsidyClaim seen = fresh(id);
        long v = seen.getVersion();
        Caller other = caller("HR_OFFICER", TestData.organisation("HR_BUREAU", "吉林市人社局二" + tag, "220200"));
        review.approve(hr, id, v);
        DomainException late = assertThrows(DomainException.class, () -> review.reject(other, id, v, "材料不全"));
        assertEquals("subsidy.claim.changed", late.messageKey(), "the second officer decided on an old version");
        assertEquals("APPROVED", state(id));

        // the version check of JPA itself: a change committed meanwhile makes the older copy fail on write
        long id2 = ids.get(1);
        tx.begin();
        try {
            SubsidyClaim mine = em.find(SubsidyClaim.class, id2);
            long before = mine.getVersion();
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                pool.submit(() -> review.reject(other, id2, before, "出勤照片重复")).get();
            } finally {
                pool.shutdown();
            }
            mine.approve(java.time.Instant.now(), hr.username());
            assertThrows(jakarta.persistence.OptimisticLockException.class, () -> {
                try {
                    em.flush();
                } catch (jakarta.persistence.PersistenceException e) {
                    throw e instanceof jakarta.persistence.OptimisticLockException ? e
                            : e.getCause() instanceof jakarta.persistence.OptimisticLockException o ? o : e;
                }
            });
        } finally {
            tx.rollback();
        }
        assertEquals("REJECTED", state(id2), "the first decision stands");

        // a batch decided on stale versions leaves those claims alone
        long id3 = ids.get(2);
        long v3 = fresh(id3).getVersion();
        review.startReview(other, id3, v3);
        ReviewService.BatchResult r = review.approveBatch(hr, List.of(id3), Map.of(id3, v3));
        assertEquals(0, r.approved());
        assertEquals(ReviewService.SkipReason.CHANGED, r.skipped().get(0).reason());
        assertEquals("UNDER_REVIEW", state(id3));
    }

    // ---- batch approval -----------------------------------------------------------------------------------------

    @Test
    void batchApprovalIsSetBasedWithOneAuditEntryAndOneEventPerClaimAndFlaggedClaimsAreLeftForReview() throws Exception {
        List<Long> ids = SubsidyData.submittedClaims(300, "220204", institution, new BigDecimal("1000"));
        // one claim rests on a class with an open fraud flag for its learner
        long flaggedWorker = TestData.worker("被标记");
        long classId = trained(institution, ELECTRICIAN, full(1), flaggedWorker);
        long flaggedClaim = SubsidyData.claim(flaggedWorker, "LIVING_ALLOWANCE", "SUBMITTED", "220204", institution, null, null, year,
                new BigDecimal("250"));
        SubsidyData.exec("update subsidy_claim set class_id = ? where id = ?", classId, flaggedClaim);
        SubsidyData.exec("insert into attendance_flag (kind, class_id, institution_id, region_path, worker_account_id, detail, created_at) "
                + "values ('OVERLAP', ?, ?, '220000/220200/220204/', ?, '同一时间在两个班签到', now(3))", classId, institution, flaggedWorker);
        List<Long> all = new ArrayList<>(ids);
        all.add(flaggedClaim);
        all.add(ids.get(0)); // listed twice: approved once

        Map<ClaimState, Long> countsBefore = review.counts(hr);
        ReviewService.BatchResult r = review.approveBatch(hr, all, null);
        assertEquals(300, r.approved());
        Map<ClaimState, Long> countsAfter = review.counts(hr);
        assertEquals(countsBefore.getOrDefault(ClaimState.SUBMITTED, 0L) - 300, countsAfter.getOrDefault(ClaimState.SUBMITTED, 0L),
                "the queue's counts are kept a while, but an approval committed here is shown at once");
        assertEquals(countsBefore.getOrDefault(ClaimState.APPROVED, 0L) + 300, countsAfter.getOrDefault(ClaimState.APPROVED, 0L));
        assertEquals(List.of(new ReviewService.Skipped(flaggedClaim, ReviewService.SkipReason.NEEDS_REVIEW)), r.skipped());
        assertEquals(300, TestData.count("select count(*) from subsidy_claim where id in (" + ids.stream().map(String::valueOf)
                .collect(Collectors.joining(",")) + ") and state = 'APPROVED' and decided_by = ? and version = 1", hr.username()));
        for (long id : List.of(ids.get(0), ids.get(150), ids.get(299))) {
            assertEquals(1, TestData.count("select count(*) from audit_entry where entity_type = 'SubsidyClaim' and entity_id = ? "
                    + "and action = 'SUBSIDY_CLAIM_APPROVED'", String.valueOf(id)));
            List<ClaimStateChanged> ev = events.of(id);
            assertEquals(1, ev.size());
            assertEquals(ClaimState.SUBMITTED, ev.get(0).from());
            assertEquals(ClaimState.APPROVED, ev.get(0).to());
            assertEquals("220000/220200/220204/", ev.get(0).regionPath());
        }
        String after = SubsidyData.string("select after_json from audit_entry where entity_type = 'SubsidyClaim' and entity_id = ? "
                + "and action = 'SUBSIDY_CLAIM_APPROVED'", String.valueOf(ids.get(7)));
        assertTrue(after.contains("APPROVED"), after);
        assertEquals("SUBMITTED", state(flaggedClaim));
        ReviewService.Detail d = review.detail(hr, flaggedClaim);
        assertEquals("OVERLAP", d.flags().get(0).kind(), "the reviewer sees the flag on the claim's screen");
    }

    // ---- a worker's own claim from filing to the transcript ------------------------------------------------------

    @Test
    void aWorkerFilesSeesTheRefusalReasonAndTheTranscriptListsWhatWasGranted() throws Exception {
        long w = TestData.worker("全流程");
        long classId = trained(institution, ELECTRICIAN, new int[]{3}, w);
        long cert = certificate(w, classId, "SKILL_LEVEL", 5, today.minusDays(1));
        Caller self = worker(w);
        assertTrue(claims.claimable(self).stream().anyMatch(c -> c.type() == ClaimType.TRAINING && c.basisId() == cert));
        ClaimRefusedException e = assertThrows(ClaimRefusedException.class,
                () -> claims.file(self, w, ClaimService.Request.of(ClaimType.TRAINING, cert), true));
        assertEquals("subsidy.rule.attendance", e.refusals().get(0).messageKey(), "3 of 5 sessions");
        // a draft keeps the check so the worker can read it; living allowance asks no certificate
        SubsidyClaim draft = claims.file(self, w, ClaimService.Request.of(ClaimType.TRAINING, cert), false);
        assertEquals(ClaimState.DRAFT, draft.getState());
        assertTrue(ClaimService.ruleResults(draft).stream().anyMatch(l -> "subsidy.rule.attendance".equals(l.key())));
        assertEquals("subsidy.rule.attendance", assertThrows(ClaimRefusedException.class,
                () -> claims.file(self, w, ClaimService.Request.of(ClaimType.LIVING_ALLOWANCE, enrolment(classId, w)), true))
                .refusals().get(0).messageKey(), "living allowance asks 80 % attendance too");
        accounts.setForWorker(self, "全流程", "中国农业银行", "6228 4800 1234 5678 901");
        assertEquals("6228***********8901", accounts.ofWorker(w).orElseThrow().numberMasked());
        SubsidyFiles.StoredFile invoice;
        SubsidyClaim living = claims.file(self, w, ClaimService.Request.of(ClaimType.LIVING_ALLOWANCE, enrolment(classId, w)), false);
        assertEquals("subsidy.rule.attendance", assertThrows(ClaimRefusedException.class,
                () -> claims.submit(self, living.getId(), living.getVersion())).refusals().get(0).messageKey());
        assertEquals("upload.wrongType", assertThrows(FieldException.class, () -> claims.attach(self, living.getId(),
                ClaimService.EvidenceKind.INVOICE, "x.exe", "MZ not a document".getBytes(StandardCharsets.UTF_8))).messageKey());
        invoice = claims.attach(self, living.getId(), ClaimService.EvidenceKind.INVOICE, "invoice.pdf", PDF);
        assertEquals(SubsidyFiles.sha256(PDF), invoice.sha256());

        // a claim that passes, then the officer rejects it with a reason the worker sees
        long w2 = TestData.worker("被驳回");
        long c2 = trained(institution, ELECTRICIAN, full(1), w2);
        long cert2 = certificate(w2, c2, "SKILL_LEVEL", 5, today.minusDays(1));
        assertEquals("subsidy.claim.account.missing", assertThrows(DomainException.class,
                () -> claims.file(worker(w2), w2, ClaimService.Request.of(ClaimType.TRAINING, cert2), true)).messageKey(),
                "an eligible claim needs the payout account first");
        accounts.setForWorker(worker(w2), "被驳回", "中国农业银行", "6228480012345678902");
        SubsidyClaim filed = claims.file(worker(w2), w2, ClaimService.Request.of(ClaimType.TRAINING, cert2), true);
        assertEquals(1, events.of(filed.getId()).size(), "created: one event from nothing to SUBMITTED");
        assertNull(events.of(filed.getId()).get(0).from());
        ReviewService.Detail d = review.detail(hr, filed.getId());
        assertEquals(7, d.rulesNow().size(), "the reviewer sees every rule checked again now");
        assertTrue(d.rulesNow().stream().allMatch(l -> l.outcome() != org.skillpass.subsidy.application.MessageLines.Outcome.REFUSED),
                String.valueOf(d.rulesNow()));
        assertEquals(new BigDecimal("1300.00"), d.claim().getAmount());
        assertTrue(d.explanation().stream().anyMatch(l -> "subsidy.amount.shortage".equals(l.key())));
        assertEquals(FieldException.class, assertThrows(FieldException.class,
                () -> review.reject(hr, filed.getId(), filed.getVersion(), "")).getClass(), "a rejection needs a reason");
        review.reject(hr, filed.getId(), filed.getVersion(), "发票金额与收费记录不符");
        ReviewService.Row mine = review.list(worker(w2), PageRequest.first(10)).rows().get(0);
        assertEquals(ClaimState.REJECTED, mine.state());
        assertEquals("发票金额与收费记录不符", mine.reason());

        // granted claims appear on the transcript, for the worker and for HR of the region only
        long w3 = TestData.worker("档案");
        long c3 = trained(institution, ELECTRICIAN, full(1), w3);
        long cert3 = certificate(w3, c3, "SKILL_LEVEL", 5, today.minusDays(1));
        accounts.setForWorker(worker(w3), "档案", "中国农业银行", "6228480012345678903");
        SubsidyClaim granted = claims.file(worker(w3), w3, ClaimService.Request.of(ClaimType.TRAINING, cert3), true);
        review.approve(hr, granted.getId(), granted.getVersion());
        List<SubsidyRecords.Received> received = records.received(worker(w3), w3, Locale.SIMPLIFIED_CHINESE);
        assertEquals(1, received.size());
        assertEquals(new BigDecimal("1300.00"), received.get(0).amount());
        assertEquals("职业培训补贴", received.get(0).type());
        assertEquals(1, records.received(hr, w3, Locale.SIMPLIFIED_CHINESE).size());
        assertTrue(records.received(anyangHr, w3, Locale.SIMPLIFIED_CHINESE).isEmpty());
    }
}
