package org.skillpass.assessment;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.skillpass.assessment.application.AssessmentService;
import org.skillpass.assessment.domain.AssessmentMode;
import org.skillpass.assessment.domain.AssessmentSession;
import org.skillpass.assessment.domain.Candidate;
import org.skillpass.assessment.domain.PanelMember;
import org.skillpass.catalog.application.CatalogService;
import org.skillpass.catalog.domain.Occupation;
import org.skillpass.identity.application.AuditQueryService;
import org.skillpass.identity.application.CurrentCaller;
import org.skillpass.shared.application.Caller;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.domain.FieldException;
import org.skillpass.shared.domain.NotFoundException;
import org.skillpass.shared.domain.PageRequest;
import org.skillpass.testsupport.Deployments;
import org.skillpass.testsupport.PassedEvents;
import org.skillpass.testsupport.TestData;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Assessment sessions against MariaDB: staffing, pass boundaries, panel review, lock and correction, retakes, scoping. */
@ExtendWith(ArquillianExtension.class)
class AssessmentIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.skillpass(AssessmentIT.class);
    }

    @Inject
    AssessmentService assessments;
    @Inject
    CatalogService catalog;
    @Inject
    AuditQueryService auditQuery;
    @Inject
    PassedEvents events;
    @PersistenceContext(unitName = "skillpass")
    EntityManager em;

    String tag;
    long body;
    List<Caller> assessors = new ArrayList<>();
    Caller outsider;
    Caller hr;
    Occupation electrician;

    @BeforeEach
    void world() throws Exception {
        tag = TestData.unique("a");
        body = TestData.organisation("ASSESSMENT_BODY", "吉林市鉴定中心" + tag, "220200");
        for (int i = 0; i < 6; i++) {
            String u = TestData.unique("assessor.");
            TestData.account(u, "考评员" + i, "ASSESSOR", body);
            assessors.add(CurrentCaller.forUsername(em, u));
        }
        String o = TestData.unique("assessor.");
        TestData.account(o, "别的考评员", "ASSESSOR", body);
        outsider = CurrentCaller.forUsername(em, o);
        String h = TestData.unique("hr.");
        TestData.account(h, "人社", "HR_OFFICER", TestData.organisation("HR_BUREAU", "吉林市人社局" + tag, "220200"));
        hr = CurrentCaller.forUsername(em, h);
        electrician = catalog.search("6-31-01-03", 1).get(0);
    }

    private Caller lead() {
        return assessors.get(0);
    }

    private AssessmentSession session(int level) {
        return assessments.create(lead(), new AssessmentService.NewSession(electrician.getId(), level, AssessmentMode.ON_SITE,
                "吉林市职业技能鉴定指导中心实操车间", LocalDate.now(), 1, new BigDecimal("260.00")));
    }

    /** The lead and two more practical assessors, two invigilators in room 1. */
    private void staff(AssessmentSession s) {
        assessments.assignPanel(lead(), s.getId(), List.of(
                new AssessmentService.Seat(assessors.get(0).accountId(), PanelMember.Duty.PRACTICAL, null, true),
                new AssessmentService.Seat(assessors.get(1).accountId(), PanelMember.Duty.PRACTICAL, null, false),
                new AssessmentService.Seat(assessors.get(2).accountId(), PanelMember.Duty.PRACTICAL, null, false),
                new AssessmentService.Seat(assessors.get(3).accountId(), PanelMember.Duty.INVIGILATOR, 1, false),
                new AssessmentService.Seat(assessors.get(4).accountId(), PanelMember.Duty.INVIGILATOR, 1, false)));
    }

    private Candidate candidate(AssessmentSession s) throws Exception {
        return assessments.addCandidate(lead(), s.getId(), TestData.worker("考生" + tag), null);
    }

    private String result(long candidateId) throws Exception {
        try (var c = TestData.connect(); var ps = c.prepareStatement("select result from candidate where id = ?")) {
            ps.setLong(1, candidateId);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    @Test
    void thePanelMustMeetTheStaffingRulesBeforeResultsAreSubmitted() throws Exception {
        AssessmentSession s = session(5);
        assessments.assignPanel(lead(), s.getId(), List.of(
                new AssessmentService.Seat(assessors.get(0).accountId(), PanelMember.Duty.PRACTICAL, null, true),
                new AssessmentService.Seat(assessors.get(1).accountId(), PanelMember.Duty.PRACTICAL, null, false),
                new AssessmentService.Seat(assessors.get(3).accountId(), PanelMember.Duty.INVIGILATOR, 1, false)));
        Candidate c = candidate(s);
        assessments.enterScores(lead(), c.getId(), "80", "80");
        assertEquals(List.of("staffing.practical.tooFew", "staffing.practical.odd", "staffing.invigilators.perRoom"),
                assessments.staffingProblems(lead(), s.getId()));
        DomainException refused = assertThrows(DomainException.class, () -> assessments.submit(lead(), s.getId()));
        assertEquals("assessment.understaffed", refused.messageKey());
        staff(s);
        assertTrue(assessments.staffingProblems(lead(), s.getId()).isEmpty());
        for (int i = 0; i < 15; i++) {
            candidate(s);
        }
        assertEquals(List.of("staffing.practical.ratio"), assessments.staffingProblems(lead(), s.getId()),
                "16 candidates: 3 practical assessors take 15 at most (2 invigilators cover 30)");
        FieldException notOurs = assertThrows(FieldException.class, () -> assessments.assignPanel(lead(), s.getId(), List.of(
                new AssessmentService.Seat(hr.accountId(), PanelMember.Duty.PRACTICAL, null, true))));
        assertEquals("panel.notAssessorOfBody", notOurs.messageKey());
    }

    @Test
    void passNeedsBothPartsAtTheMarkAndPendingResultsBlockSubmission() throws Exception {
        AssessmentSession s = session(4);
        staff(s);
        Candidate pass = candidate(s);
        Candidate fail = candidate(s);
        Candidate missing = candidate(s);
        assessments.enterScores(lead(), pass.getId(), "60.0", "60.0");
        assessments.enterScores(assessors.get(1), fail.getId(), "59.9", "100");
        assessments.enterScores(lead(), missing.getId(), "75", " ");
        assertEquals("PASS", result(pass.getId()));
        assertEquals("FAIL", result(fail.getId()));
        assertEquals("PENDING", result(missing.getId()));
        FieldException bad = assertThrows(FieldException.class, () -> assessments.enterScores(lead(), missing.getId(), "75", "100.5"));
        assertEquals("score.invalid", bad.messageKey());
        assertEquals("assessment.incomplete", assertThrows(DomainException.class, () -> assessments.submit(lead(), s.getId())).messageKey());
        assertThrows(NotFoundException.class, () -> assessments.enterScores(outsider, pass.getId(), "1", "1"));
        assertEquals(1, TestData.count("select count(*) from candidate where id = ? and fee = 260.00", pass.getId()), "the fee charged is recorded");
    }

    @Test
    void levelsTwoAndOneNeedAPanelReview() throws Exception {
        for (int level : new int[]{2, 1}) {
            AssessmentSession s = session(level);
            staff(s);
            Candidate c = candidate(s);
            assessments.enterScores(lead(), c.getId(), "90", "90");
            assertEquals("PENDING", result(c.getId()), "level " + level + " waits for the review");
            assertEquals("assessment.leadOnly", assertThrows(DomainException.class,
                    () -> assessments.recordPanelReview(assessors.get(1), c.getId(), true)).messageKey());
            assessments.recordPanelReview(lead(), c.getId(), true);
            assertEquals("PASS", result(c.getId()));
            assessments.recordPanelReview(lead(), c.getId(), false);
            assertEquals("FAIL", result(c.getId()));
        }
        AssessmentSession level3 = session(3);
        staff(level3);
        Candidate c = candidate(level3);
        assertEquals("review.notNeeded", assertThrows(DomainException.class,
                () -> assessments.recordPanelReview(lead(), c.getId(), true)).messageKey());
    }

    @Test
    void theLeadLocksAndLaterChangesAreCorrectionsWithAReason() throws Exception {
        AssessmentSession s = session(5);
        staff(s);
        Candidate pass = candidate(s);
        Candidate fail = candidate(s);
        assessments.enterScores(lead(), pass.getId(), "70", "85");
        assessments.enterScores(lead(), fail.getId(), "70", "55.5");
        assessments.submit(assessors.get(2), s.getId());
        assertEquals("assessment.notDraft", assertThrows(DomainException.class,
                () -> assessments.enterScores(lead(), fail.getId(), "70", "60")).messageKey());
        assertEquals("assessment.leadOnly", assertThrows(DomainException.class, () -> assessments.lock(assessors.get(1), s.getId())).messageKey());
        assessments.lock(lead(), s.getId());
        assertTrue(events.sawCandidate(pass.getId()), "a locked pass raises the event for the certificate context");
        assertFalse(events.sawCandidate(fail.getId()));

        assertEquals("correction.reason.required", assertThrows(FieldException.class,
                () -> assessments.correct(lead(), fail.getId(), "70", "62.0", " ")).messageKey());
        assessments.correct(lead(), fail.getId(), "70", "62.0", "实操评分表第3项合计错误，复核后更正");
        assertEquals("PASS", result(fail.getId()));
        assertTrue(events.sawCandidate(fail.getId()), "a correction that turns a result into a pass raises it too");
        var entries = auditQuery.page(hr, new PageRequest(0, 10, null, true,
                Map.of("action", "RESULT_CORRECTED", "entityId", String.valueOf(fail.getId())))).rows();
        assertEquals(1, entries.size(), "HR officers of the region see corrections");
        assertEquals("实操评分表第3项合计错误，复核后更正", entries.get(0).getReason());
        assertTrue(entries.get(0).getBeforeJson().contains("\"practical\":55.5"), entries.get(0).getBeforeJson());
        assertTrue(entries.get(0).getAfterJson().contains("\"practical\":62.0"), entries.get(0).getAfterJson());
    }

    @Test
    void aRetakeCarriesThePassedPartOverWithinTheAttemptLimit() throws Exception {
        long worker = TestData.worker("重考生" + tag);
        AssessmentSession first = session(5);
        staff(first);
        Candidate c1 = assessments.addCandidate(lead(), first.getId(), worker, null);
        assessments.enterScores(lead(), c1.getId(), "82.5", "48");
        assessments.submit(lead(), first.getId());
        assessments.lock(lead(), first.getId());

        AssessmentSession second = session(5);
        staff(second);
        Candidate c2 = assessments.addCandidate(lead(), second.getId(), worker, null);
        assertEquals(2, c2.getAttempt());
        assertTrue(c2.isTheoryCarried());
        assertEquals(0, new BigDecimal("82.5").compareTo(c2.getTheoryScore()));
        assessments.enterScores(lead(), c2.getId(), "10", "71");
        assertEquals(1, TestData.count("select count(*) from candidate where id = ? and theory_score = 82.5 and result = 'PASS'",
                c2.getId()), "the carried theory score stands");

        long other = TestData.worker("三次" + tag);
        for (int attempt = 1; attempt <= 3; attempt++) {
            AssessmentSession s = session(5);
            staff(s);
            Candidate c = assessments.addCandidate(lead(), s.getId(), other, null);
            assessments.enterScores(lead(), c.getId(), "30", "30");
            assessments.submit(lead(), s.getId());
            assessments.lock(lead(), s.getId());
        }
        AssessmentSession fourth = session(5);
        FieldException limit = assertThrows(FieldException.class, () -> assessments.addCandidate(lead(), fourth.getId(), other, null));
        assertEquals("candidate.tooManyAttempts", limit.messageKey());
    }

    @Test
    void anAssessorSeesOnlyTheSessionsOnWhosePanelTheySit() throws Exception {
        AssessmentSession s = session(5);
        staff(s);
        assertTrue(assessments.sessions(assessors.get(1), PageRequest.first(200)).rows().stream().anyMatch(x -> x.getId().equals(s.getId())));
        assertTrue(assessments.sessions(outsider, PageRequest.first(200)).rows().stream().noneMatch(x -> x.getId().equals(s.getId())));
        assertThrows(NotFoundException.class, () -> assessments.find(outsider, s.getId()));
        assertEquals(s.getId(), assessments.find(hr, s.getId()).getId());
    }

    private static java.io.ByteArrayInputStream sheet(String[]... rows) throws Exception {
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            var sh = wb.createSheet();
            for (int r = 0; r < rows.length; r++) {
                var row = sh.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
            return new java.io.ByteArrayInputStream(out.toByteArray());
        }
    }

    @Test
    void aScoreSheetIsImportedWhollyOrNotAtAll() throws Exception {
        AssessmentSession s = session(5);
        staff(s);
        long a = TestData.worker("甲" + tag);
        long b = TestData.worker("乙" + tag);
        Candidate ca = assessments.addCandidate(lead(), s.getId(), a, null);
        Candidate cb = assessments.addCandidate(lead(), s.getId(), b, null);
        String pa = TestData.username(a);
        String pb = TestData.username(b);
        String[] header = {"手机号", "理论", "实操"};
        var bad = assertThrows(AssessmentService.ScoreImportRefused.class, () -> assessments.importScores(lead(), s.getId(),
                sheet(header, new String[]{pa, "八十", "70"}, new String[]{pb, "80", "100.5"}, new String[]{pa, "80", "70"})));
        assertEquals(List.of("2:score.invalid", "3:score.invalid", "4:scores.sheet.duplicate"),
                bad.problems().stream().map(p -> p.row() + ":" + p.messageKey()).toList());
        var unknown = assertThrows(AssessmentService.ScoreImportRefused.class, () -> assessments.importScores(lead(), s.getId(),
                sheet(header, new String[]{pa, "80", "70"}, new String[]{"13000000000", "80", "70"})));
        assertEquals(List.of("3:scores.sheet.unknownCandidate"),
                unknown.problems().stream().map(p -> p.row() + ":" + p.messageKey()).toList());
        assertEquals("PENDING", result(ca.getId()), "nothing was saved");
        assertEquals(2, assessments.importScores(lead(), s.getId(), sheet(header, new String[]{pa, "80", "70"},
                new String[]{pb, "59.9", "70"})));
        assertEquals("PASS", result(ca.getId()));
        assertEquals("FAIL", result(cb.getId()));
    }

    @Test
    void learnersWhoCompletedAClassBecomeCandidates() throws Exception {
        long institution = TestData.organisation("INSTITUTION", "学校" + tag, "220204");
        long classId = TestData.filedClass(institution, "6-31-01-03", "电工班" + tag, 10);
        long worker = TestData.worker("结业学员" + tag);
        try (var c = TestData.connect()) {
            try (var ps = c.prepareStatement("update training_class set state = 'COMPLETED' where id = ?")) {
                ps.setLong(1, classId);
                ps.executeUpdate();
            }
            try (var ps = c.prepareStatement("insert into enrolment (class_id, worker_account_id, state, category, applied_at, "
                    + "added_by) values (?, ?, 'COMPLETED', 'OTHER', now(3), 'test')")) {
                ps.setLong(1, classId);
                ps.setLong(2, worker);
                ps.executeUpdate();
            }
        }
        AssessmentSession s = session(5);
        assertEquals(1, assessments.addClassCandidates(lead(), s.getId(), classId));
        assertEquals(0, assessments.addClassCandidates(lead(), s.getId(), classId), "already registered");
        assertEquals(1, TestData.count("select count(*) from candidate where session_id = ? and worker_account_id = ? "
                + "and enrolment_id is not null", s.getId(), worker));
        AssessmentSession level4 = session(4);
        assertEquals("candidate.classMismatch", assertThrows(FieldException.class,
                () -> assessments.addClassCandidates(lead(), level4.getId(), classId)).messageKey());
    }

    @Inject
    org.skillpass.enrolment.application.OrderService orders;

    @Test
    void aLockedPassCountsAsCertifiedInTheEmployersOrder() throws Exception {
        String e = TestData.unique("employer.");
        TestData.account(e, "经理", "EMPLOYER", TestData.organisation("EMPLOYER", "公司" + tag, "220202"));
        Caller employer = CurrentCaller.forUsername(em, e);
        var order = orders.place(employer, new org.skillpass.enrolment.application.OrderService.NewOrder(electrician.getId(), 5, 10,
                new BigDecimal("5000"), "持证电工", LocalDate.now().plusDays(30), "合格即录用"));
        long institution = TestData.organisation("INSTITUTION", "学校" + tag, "220204");
        long trainee = TestData.worker("订单学员" + tag);
        TestData.completedOrderClass(order.getId(), institution, trainee);
        long classId = TestData.count("select max(id) from training_class where order_id = ?", order.getId());
        assertEquals(0, orders.progress(employer, order.getId()).certified());

        AssessmentSession s = session(5);
        staff(s);
        assertEquals(1, assessments.addClassCandidates(lead(), s.getId(), classId));
        Candidate c = assessments.candidates(s.getId()).get(0);
        assessments.enterScores(lead(), c.getId(), "75", "82");
        assessments.submit(lead(), s.getId());
        assertEquals(0, orders.progress(employer, order.getId()).certified(), "not final before the lock");
        assessments.lock(lead(), s.getId());
        var progress = orders.progress(employer, order.getId());
        assertEquals(1, progress.trained());
        assertEquals(1, progress.certified());
    }
}
