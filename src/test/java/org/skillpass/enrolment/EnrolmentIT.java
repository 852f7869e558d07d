package org.skillpass.enrolment;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.skillpass.catalog.application.CatalogService;
import org.skillpass.catalog.application.ClassService;
import org.skillpass.catalog.application.CourseService;
import org.skillpass.catalog.application.FilingRefusedException;
import org.skillpass.catalog.domain.ClassDetails;
import org.skillpass.catalog.domain.ClassSession;
import org.skillpass.catalog.domain.ClassState;
import org.skillpass.catalog.domain.Course;
import org.skillpass.catalog.domain.CourseKind;
import org.skillpass.catalog.domain.DeliveryMode;
import org.skillpass.catalog.domain.Occupation;
import org.skillpass.catalog.domain.SkillLevel;
import org.skillpass.catalog.domain.TrainingClass;
import org.skillpass.catalog.domain.TrainingType;
import org.skillpass.enrolment.application.EnrolmentService;
import org.skillpass.enrolment.application.NotificationService;
import org.skillpass.enrolment.application.RosterImportException;
import org.skillpass.enrolment.domain.Enrolment;
import org.skillpass.enrolment.domain.EnrolmentState;
import org.skillpass.enrolment.domain.LearnerCategory;
import org.skillpass.identity.application.CurrentCaller;
import org.skillpass.shared.application.Caller;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.domain.FieldException;
import org.skillpass.shared.domain.NotFoundException;
import org.skillpass.shared.domain.PageRequest;
import org.skillpass.testsupport.Deployments;
import org.skillpass.testsupport.TestData;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Catalog and enrolment against MariaDB: capacity under concurrent enrolment, waitlist promotion,
 * the filing rule (and its per-region lead time), public search, tenant scoping. One deployment.
 */
@ExtendWith(ArquillianExtension.class)
class EnrolmentIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.skillpass(EnrolmentIT.class);
    }

    @Inject
    CatalogService catalog;
    @Inject
    CourseService courses;
    @Inject
    ClassService classes;
    @Inject
    EnrolmentService enrolments;
    @Inject
    NotificationService notifications;
    @Inject
    org.skillpass.enrolment.application.AttendanceService attendance;
    @Inject
    org.skillpass.enrolment.application.OrderService orders;
    @PersistenceContext(unitName = "skillpass")
    EntityManager em;
    @Resource
    ManagedThreadFactory threads;

    String tag;
    Caller staffA;
    Caller staffB;
    Caller hrJilin;
    Caller hrAnyang;
    Occupation occupation;
    Course course;

    @ArquillianResource
    java.net.URL base;

    @BeforeEach
    void world() throws Exception {
        if (catalog == null) {
            return; // a @RunAsClient test: no injection out here, it builds its own fixtures over JDBC
        }
        tag = TestData.unique("t");
        long instA = TestData.organisation("INSTITUTION", "船营学校" + tag, "220204");
        long instB = TestData.organisation("INSTITUTION", "安阳学校" + tag, "410502");
        staffA = as(account("INSTITUTION_STAFF", instA));
        staffB = as(account("INSTITUTION_STAFF", instB));
        hrJilin = as(account("HR_OFFICER", TestData.organisation("HR_BUREAU", "吉林市人社局" + tag, "220200")));
        hrAnyang = as(account("HR_OFFICER", TestData.organisation("HR_BUREAU", "安阳市人社局" + tag, "410500")));
        occupation = catalog.search("养老护理员", 5).get(0);
        course = courses.create(staffA, new CourseService.NewCourse(CourseKind.OCCUPATION_LEVEL, occupation.getId(), 5,
                "养老护理员（五级）" + tag, TrainingType.EMPLOYMENT_SKILLS, DeliveryMode.ON_SITE, 40, 80,
                new BigDecimal("1200.00"), null));
    }

    private String account(String role, long org) throws Exception {
        String u = TestData.unique(role.toLowerCase() + ".");
        TestData.account(u, role + tag, role, org);
        return u;
    }

    private Caller as(String username) {
        return CurrentCaller.forUsername(em, username);
    }

    private Caller worker() throws Exception {
        return as(TestData.username(TestData.worker("学员" + tag)));
    }

    private ClassDetails details(LocalDate start, int capacity) {
        return new ClassDetails("养老护理员五级1班" + tag, start, start.plusDays(20), "船营区职业技能实训基地", false,
                capacity, "刘老师，王老师", "理论40学时，实操80学时", "结业考核：理论+实操");
    }

    /** A class with a schedule and one learner on the roster, filed. */
    private TrainingClass filedClass(int capacity) throws Exception {
        TrainingClass c = classes.create(staffA, course.getId(), details(LocalDate.now().plusDays(10), capacity));
        classes.addSession(staffA, c.getId(), c.getStartDate().atTime(9, 0), c.getStartDate().atTime(12, 0), "职业道德",
                ClassSession.Kind.THEORY);
        enrolments.addToRoster(staffA, c.getId(), TestData.username(TestData.worker("名单" + tag)),
                LearnerCategory.RURAL_TRANSFER);
        return classes.file(staffA, c.getId());
    }

    private long count(long classId, EnrolmentState state) throws Exception {
        return TestData.count("select count(*) from enrolment where class_id = ? and state = ?", classId, state.name());
    }

    @Test
    void capacityHoldsWhenManyWorkersEnrolAtOnce() throws Exception {
        TrainingClass c = filedClass(6); // one seat already taken by the roster
        int workers = 30;
        List<Caller> callers = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            callers.add(worker());
        }
        CountDownLatch ready = new CountDownLatch(workers);
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(workers);
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        for (Caller w : callers) {
            threads.newThread(() -> {
                try {
                    ready.countDown();
                    go.await();
                    enrolments.enrol(w, c.getId(), LearnerCategory.RURAL_TRANSFER);
                } catch (Throwable t) {
                    failures.add(t);
                } finally {
                    done.countDown();
                }
            }).start();
        }
        ready.await();
        go.countDown();
        done.await();
        assertTrue(failures.isEmpty(), () -> "enrolments failed: " + failures);
        assertEquals(6, count(c.getId(), EnrolmentState.CONFIRMED));
        assertEquals(25, count(c.getId(), EnrolmentState.WAITLISTED));
        assertEquals(6, TestData.count("select confirmed_count from training_class where id = ?", c.getId()));
    }

    @Test
    void aWithdrawalPromotesTheFirstWaitlistedLearnerAndTellsThem() throws Exception {
        TrainingClass c = filedClass(2);
        Caller first = worker();
        Caller second = worker();
        Caller third = worker();
        Enrolment e1 = enrolments.enrol(first, c.getId(), LearnerCategory.REGISTERED_UNEMPLOYED);
        Enrolment e2 = enrolments.enrol(second, c.getId(), LearnerCategory.RURAL_TRANSFER);
        Enrolment e3 = enrolments.enrol(third, c.getId(), LearnerCategory.RURAL_TRANSFER);
        assertEquals(EnrolmentState.CONFIRMED, e1.getState());
        assertEquals(EnrolmentState.WAITLISTED, e2.getState());
        assertEquals(EnrolmentState.WAITLISTED, e3.getState());

        enrolments.withdraw(first, e1.getId());
        assertEquals("CONFIRMED", state(e2.getId()));
        assertEquals("WAITLISTED", state(e3.getId()));
        assertEquals("WITHDRAWN", state(e1.getId()));
        assertEquals(2, TestData.count("select confirmed_count from training_class where id = ?", c.getId()));
        assertEquals(1, notifications.unread(second).size());
        assertEquals("notify.promoted", notifications.unread(second).get(0).getMessageKey());
        assertEquals(0, notifications.unread(third).size());
        assertEquals(1, TestData.count("select count(*) from audit_entry where action = 'ENROLMENT_PROMOTED' and entity_id = ?",
                String.valueOf(e2.getId())));

        // the category is kept as declared at enrolment; withdrawing a waitlisted learner frees no seat
        assertEquals(1, TestData.count("select count(*) from enrolment where id = ? and category = 'REGISTERED_UNEMPLOYED'",
                e1.getId()));
        enrolments.withdraw(third, e3.getId());
        assertEquals(2, TestData.count("select confirmed_count from training_class where id = ?", c.getId()));
        // one may enrol again after withdrawing: back of the queue
        Enrolment again = enrolments.enrol(first, c.getId(), LearnerCategory.REGISTERED_UNEMPLOYED);
        assertEquals(EnrolmentState.WAITLISTED, again.getState());
        assertEquals(e1.getId(), again.getId());
    }

    private String state(long enrolmentId) throws Exception {
        try (var conn = TestData.connect(); var ps = conn.prepareStatement("select state from enrolment where id = ?")) {
            ps.setLong(1, enrolmentId);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    @Test
    void aClassIsFiledOnlyWithRosterPlanTeachersScheduleAndLeadTime() throws Exception {
        TrainingClass c = classes.create(staffA, course.getId(), new ClassDetails("备案测试班" + tag,
                LocalDate.now().plusDays(3), LocalDate.now().plusDays(10), "实训基地", false, 20, null, null, null));
        FilingRefusedException refused = assertThrows(FilingRefusedException.class, () -> classes.file(staffA, c.getId()));
        assertEquals(List.of("filing.roster", "filing.teachingPlan", "filing.teachers", "filing.assessmentPlan",
                "filing.schedule", "filing.leadTime"), refused.problems());
        assertEquals(1, TestData.count("select count(*) from training_class where id = ? and state = 'DRAFT'", c.getId()));

        classes.update(staffA, c.getId(), new ClassDetails("备案测试班" + tag, c.getStartDate(), c.getEndDate(), "实训基地",
                false, 20, "刘老师", "教学计划", "考核方案"));
        classes.addSession(staffA, c.getId(), c.getStartDate().atTime(9, 0), c.getStartDate().atTime(11, 0), "理论",
                ClassSession.Kind.THEORY);
        enrolments.addToRoster(staffA, c.getId(), TestData.username(TestData.worker("名单" + tag)), LearnerCategory.OTHER);
        FilingRefusedException late = assertThrows(FilingRefusedException.class, () -> classes.file(staffA, c.getId()));
        assertEquals(List.of("filing.leadTime"), late.problems(), "7 days by default, the class starts in 3");

        // the region (船营区) shortens the lead time to 3 days: now the class can be filed
        try (var conn = TestData.connect(); var ps = conn.prepareStatement("insert into region_setting (region_code, "
                + "setting_key, setting_value, effective_from, created_at) values ('220204', 'class.filing.lead-days', '3', "
                + "'2020-01-01', now(3)) on duplicate key update setting_value = '3'")) {
            ps.executeUpdate();
        }
        try {
            assertEquals(ClassState.FILED, classes.file(staffA, c.getId()).getState());
            assertEquals(1, TestData.count("select count(*) from audit_entry where action = 'CLASS_FILED' and entity_id = ?",
                    String.valueOf(c.getId())));
        } finally {
            try (var conn = TestData.connect(); var ps = conn.prepareStatement(
                    "delete from region_setting where region_code = '220204' and setting_key = 'class.filing.lead-days'")) {
                ps.executeUpdate();
            }
        }
    }

    @Test
    void workersEnrolOnlyInFiledClassesAndNeverTwice() throws Exception {
        TrainingClass draft = classes.create(staffA, course.getId(), details(LocalDate.now().plusDays(10), 10));
        Caller w = worker();
        DomainException closed = assertThrows(DomainException.class,
                () -> enrolments.enrol(w, draft.getId(), LearnerCategory.RURAL_TRANSFER));
        assertEquals("enrolment.classClosed", closed.messageKey());
        TrainingClass filed = filedClass(10);
        enrolments.enrol(w, filed.getId(), LearnerCategory.RURAL_TRANSFER);
        DomainException twice = assertThrows(DomainException.class,
                () -> enrolments.enrol(w, filed.getId(), LearnerCategory.RURAL_TRANSFER));
        assertEquals("enrolment.already", twice.messageKey());
        FieldException unknown = assertThrows(FieldException.class,
                () -> enrolments.addToRoster(staffA, filed.getId(), "13000000000", LearnerCategory.OTHER));
        assertEquals("roster.learner.unknown", unknown.messageKey());
    }

    @Test
    void institutionsNeverSeeEachOthersClassesOrRosters() throws Exception {
        TrainingClass c = filedClass(10);
        assertThrows(NotFoundException.class, () -> classes.find(staffB, c.getId()));
        assertThrows(NotFoundException.class, () -> enrolments.roster(staffB, c.getId(), PageRequest.first(10)));
        assertThrows(NotFoundException.class, () -> enrolments.addToRoster(staffB, c.getId(),
                TestData.username(TestData.worker("越权" + tag)), LearnerCategory.OTHER));
        assertThrows(NotFoundException.class, () -> classes.file(staffB, c.getId()));
        assertEquals(0, classes.page(staffB, new PageRequest(0, 50, null, true, Map.of("name", tag))).total());
        assertEquals(1, classes.page(staffA, new PageRequest(0, 50, null, true, Map.of("name", tag))).total());
        assertEquals(1, enrolments.roster(hrJilin, c.getId(), PageRequest.first(10)).total());
        assertThrows(NotFoundException.class, () -> enrolments.roster(hrAnyang, c.getId(), PageRequest.first(10)));
        Enrolment e = enrolments.enrol(worker(), c.getId(), LearnerCategory.OTHER);
        Caller other = worker();
        assertThrows(NotFoundException.class, () -> enrolments.withdraw(other, e.getId()));
        assertThrows(NotFoundException.class, () -> courses.find(staffB, course.getId()));
    }

    @Test
    void thePublicFindsFiledClassesByOccupationRegionModeLevelAndDate() throws Exception {
        TrainingClass filed = filedClass(10);
        TrainingClass draft = classes.create(staffA, course.getId(), details(LocalDate.now().plusDays(12), 10));
        LocalDate from = LocalDate.now();
        ClassService.Search byOccupation = new ClassService.Search(tag, null, null, null, from);
        List<Long> found = classes.search(byOccupation, 0, 50).rows().stream().map(TrainingClass::getId).toList();
        assertTrue(found.contains(filed.getId()));
        assertTrue(!found.contains(draft.getId()), "drafts are not public");
        assertEquals(1, classes.search(new ClassService.Search(tag, "220200", DeliveryMode.ON_SITE, 5, from), 0, 50).total());
        assertEquals(0, classes.search(new ClassService.Search(tag, "410000", null, null, from), 0, 50).total());
        assertEquals(0, classes.search(new ClassService.Search(tag, null, DeliveryMode.ONLINE, null, from), 0, 50).total());
        assertEquals(0, classes.search(new ClassService.Search(tag, null, null, 4, from), 0, 50).total());
        assertEquals(0, classes.search(new ClassService.Search(tag, null, null, null, from.plusDays(11)), 0, 50).total());
        assertTrue(classes.search(new ClassService.Search(occupation.getCode(), null, null, null, from), 0, 50).total() >= 1);
    }

    // --- attendance ------------------------------------------------------------------------------

    private long firstSession(TrainingClass c) {
        return classes.sessions(c.getId()).get(0).getId();
    }

    private String token(long sessionId) {
        return attendance.qrCode(staffA, sessionId).token();
    }

    private java.util.Set<String> flagKinds(long classId, Long worker) throws Exception {
        java.util.Set<String> kinds = new java.util.HashSet<>();
        try (var conn = TestData.connect(); var ps = conn.prepareStatement(
                "select kind from attendance_flag where class_id = ? and (? is null or worker_account_id = ?)")) {
            ps.setLong(1, classId);
            ps.setObject(2, worker);
            ps.setObject(3, worker);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    kinds.add(rs.getString(1));
                }
            }
        }
        return kinds;
    }

    @Test
    void qrCheckInIsBoundToItsSessionExpiresAndCannotBeReplayed() throws Exception {
        TrainingClass c = filedClass(10);
        long session = firstSession(c);
        Caller w = worker();
        enrolments.enrol(w, c.getId(), LearnerCategory.RURAL_TRANSFER);

        var first = attendance.checkIn(w, token(session));
        assertEquals(false, first.alreadyCheckedIn());
        var replay = attendance.checkIn(w, token(session));
        assertEquals(true, replay.alreadyCheckedIn(), "a replay records nothing new");
        assertEquals(1, TestData.count("select count(*) from check_in where session_id = ?", session));
        assertEquals(3.0, attendance.attendedHours(enrolmentOf(c.getId(), w)), 0.001);

        String key = org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("skillpass.attendance.qr-key", String.class);
        var tokens = new org.skillpass.enrolment.domain.CheckInToken(java.util.Base64.getDecoder().decode(key), 30);
        Caller other = worker();
        enrolments.enrol(other, c.getId(), LearnerCategory.RURAL_TRANSFER);
        DomainException expired = assertThrows(DomainException.class,
                () -> attendance.checkIn(other, tokens.issue(session, java.time.Instant.now().minusSeconds(90))));
        assertEquals("checkin.token.expired", expired.messageKey());
        String valid = token(session);
        String[] parts = valid.split("\\.");
        DomainException forged = assertThrows(DomainException.class,
                () -> attendance.checkIn(other, parts[0] + "." + parts[1] + ".AAAAAAAAAAAAAAAAAAAAAA"));
        assertEquals("checkin.token.forged", forged.messageKey());
        DomainException notEnrolled = assertThrows(DomainException.class, () -> attendance.checkIn(worker(), token(session)));
        assertEquals("checkin.notEnrolled", notEnrolled.messageKey());
        assertEquals(1, TestData.count("select count(*) from check_in where session_id = ?", session));
        // a class in 10 days: checking in now is outside the session's time
        assertTrue(flagKinds(c.getId(), w.accountId()).contains("OUTSIDE_SESSION"));
    }

    private long enrolmentOf(long classId, Caller w) throws Exception {
        return TestData.count("select id from enrolment where class_id = ? and worker_account_id = ?", classId, w.accountId());
    }

    @Test
    void checkingInToTwoClassesAtOnceIsFlagged() throws Exception {
        TrainingClass a = filedClass(10);
        TrainingClass b = filedClass(10); // same date and hours: the sessions overlap
        Caller w = worker();
        enrolments.enrol(w, a.getId(), LearnerCategory.OTHER);
        enrolments.enrol(w, b.getId(), LearnerCategory.OTHER);
        attendance.rollCall(staffA, firstSession(a), List.of(enrolmentOf(a.getId(), w)));
        assertTrue(!flagKinds(a.getId(), w.accountId()).contains("OVERLAP"));
        var result = attendance.checkIn(w, token(firstSession(b)));
        assertTrue(result.flags().contains(org.skillpass.enrolment.domain.AttendanceFlag.Kind.OVERLAP), result.flags()::toString);
        assertTrue(flagKinds(b.getId(), w.accountId()).contains("OVERLAP"));
    }

    @Test
    void aWholeClassCheckingInWithinOneSecondIsFlagged() throws Exception {
        TrainingClass c = classes.create(staffA, course.getId(), details(LocalDate.now().plusDays(10), 10));
        classes.addSession(staffA, c.getId(), c.getStartDate().atTime(9, 0), c.getStartDate().atTime(12, 0), "实操",
                ClassSession.Kind.PRACTICAL);
        List<Caller> learners = List.of(worker(), worker(), worker());
        for (Caller l : learners) {
            enrolments.addToRoster(staffA, c.getId(), l.username(), LearnerCategory.OTHER);
        }
        classes.file(staffA, c.getId());
        String t = token(firstSession(c));
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(learners.size());
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        for (Caller l : learners) {
            threads.newThread(() -> {
                try {
                    go.await();
                    attendance.checkIn(l, t);
                } catch (Throwable e) {
                    failures.add(e);
                } finally {
                    done.countDown();
                }
            }).start();
        }
        go.countDown();
        done.await();
        assertTrue(failures.isEmpty(), failures::toString);
        assertTrue(flagKinds(c.getId(), null).contains("SAME_SECOND"), () -> {
            try {
                return flagKinds(c.getId(), null).toString();
            } catch (Exception e) {
                return e.toString();
            }
        });
    }

    @Test
    void studentsAndPensionersAreFlaggedAndFlagsAreScoped() throws Exception {
        TrainingClass c = filedClass(10);
        long session = firstSession(c);
        Caller student = worker();
        enrolments.enrol(student, c.getId(), LearnerCategory.OTHER, org.skillpass.enrolment.domain.LearnerStatus.STUDENT);
        Caller retired = as(TestData.username(TestData.worker("退休学员" + tag, "1950-05-01", "MALE")));
        enrolments.enrol(retired, c.getId(), LearnerCategory.OTHER);
        Caller young = worker();
        enrolments.enrol(young, c.getId(), LearnerCategory.OTHER);
        attendance.rollCall(staffA, session, List.of(enrolmentOf(c.getId(), student), enrolmentOf(c.getId(), retired),
                enrolmentOf(c.getId(), young)));
        assertTrue(flagKinds(c.getId(), student.accountId()).contains("STUDENT"));
        assertTrue(flagKinds(c.getId(), retired.accountId()).contains("PENSIONER"));
        assertTrue(!flagKinds(c.getId(), young.accountId()).contains("PENSIONER"));
        assertTrue(!flagKinds(c.getId(), null).contains("SAME_SECOND"), "a roll call is one moment by design");

        Map<String, String> none = Map.of();
        long forA = attendance.flags(staffA, new PageRequest(0, 200, null, true, none)).rows().stream()
                .filter(f -> f.getClassId().equals(c.getId())).count();
        assertTrue(forA >= 2);
        assertEquals(0, attendance.flags(staffB, new PageRequest(0, 200, null, true, none)).rows().stream()
                .filter(f -> f.getClassId().equals(c.getId())).count());
        assertEquals(0, attendance.flags(hrAnyang, new PageRequest(0, 200, null, true, none)).rows().stream()
                .filter(f -> f.getClassId().equals(c.getId())).count());
        var flag = attendance.flags(hrJilin, new PageRequest(0, 200, null, true, none)).rows().stream()
                .filter(f -> f.getClassId().equals(c.getId())).findFirst().orElseThrow();
        assertThrows(NotFoundException.class, () -> attendance.resolve(hrAnyang, flag.getId(), "x"));
        attendance.resolve(hrJilin, flag.getId(), "核实为在职培训");
        assertEquals(1, TestData.count("select count(*) from attendance_flag where id = ? and resolved_at is not null", flag.getId()));
        assertThrows(NotFoundException.class, () -> attendance.qrCode(staffB, session));
        assertThrows(NotFoundException.class, () -> attendance.rollCall(staffB, session, List.of()));
    }

    // --- employer training orders --------------------------------------------------------------

    private void setLeadDays(String region, String days) throws Exception {
        try (var conn = TestData.connect(); var ps = conn.prepareStatement(days == null
                ? "delete from region_setting where region_code = ? and setting_key = 'class.filing.lead-days'"
                : "insert into region_setting (region_code, setting_key, setting_value, effective_from, created_at) values "
                + "(?, 'class.filing.lead-days', ?, '2020-01-01', now(3)) on duplicate key update setting_value = values(setting_value)")) {
            ps.setString(1, region);
            if (days != null) {
                ps.setString(2, days);
            }
            ps.executeUpdate();
        }
    }

    @Test
    void anEmployerOrdersAnInstitutionTrainsAndTheEmployerHires() throws Exception {
        Caller employer = as(account("EMPLOYER", TestData.organisation("EMPLOYER", "昌邑建筑" + tag, "220202")));
        Caller otherEmployer = as(account("EMPLOYER", TestData.organisation("EMPLOYER", "安阳公司" + tag, "410502")));
        var order = orders.place(employer, new org.skillpass.enrolment.application.OrderService.NewOrder(occupation.getId(), 5,
                20, new BigDecimal("4500.00"), "持证上岗，能独立完成老人日常照护", LocalDate.now().plusDays(60), "结业考核合格者全部录用，签一年劳动合同"));
        Map<String, String> open = Map.of("open", "true");
        assertTrue(orders.page(staffA, new PageRequest(0, 200, null, true, open)).rows().stream()
                .anyMatch(o -> o.getId().equals(order.getId())), "an institution of the same city sees it");
        assertTrue(orders.page(staffB, new PageRequest(0, 200, null, true, open)).rows().stream()
                .noneMatch(o -> o.getId().equals(order.getId())), "another city's institution does not");
        assertThrows(NotFoundException.class, () -> orders.find(otherEmployer, order.getId()));
        assertTrue(orders.page(otherEmployer, PageRequest.first(200)).rows().stream().noneMatch(o -> o.getId().equals(order.getId())),
                "an employer sees only its own orders");
        assertTrue(orders.page(employer, PageRequest.first(200)).rows().stream().anyMatch(o -> o.getId().equals(order.getId())));
        assertTrue(orders.page(hrAnyang, PageRequest.first(200)).rows().stream().noneMatch(o -> o.getId().equals(order.getId())));
        assertTrue(orders.page(hrJilin, PageRequest.first(200)).rows().stream().anyMatch(o -> o.getId().equals(order.getId())));
        assertThrows(NotFoundException.class, () -> orders.accept(staffB, order.getId()));
        orders.accept(staffA, order.getId());
        DomainException taken = assertThrows(DomainException.class, () -> orders.accept(staffA, order.getId()));
        assertEquals("order.notOpen", taken.messageKey());

        setLeadDays("220204", "0");
        try {
            LocalDate today = LocalDate.now();
            TrainingClass c = classes.create(staffA, course.getId(), new ClassDetails("订单班" + tag, today, today, "实训基地",
                    false, 20, "刘老师", "计划", "考核"), order.getId());
            classes.addSession(staffA, c.getId(), today.atTime(0, 0), today.atTime(23, 59), "实操", ClassSession.Kind.PRACTICAL);
            Caller trainee = worker();
            enrolments.addToRoster(staffA, c.getId(), trainee.username(), LearnerCategory.RURAL_TRANSFER);
            FilingRefusedException waiting = assertThrows(FilingRefusedException.class, () -> classes.file(staffA, c.getId()));
            assertEquals(List.of("filing.employerConfirmation"), waiting.problems());
            assertThrows(NotFoundException.class, () -> orders.confirmClass(otherEmployer, c.getId()));
            orders.confirmClass(employer, c.getId());
            classes.file(staffA, c.getId());
            classes.start(staffA, c.getId());
            long enrolment = enrolmentOf(c.getId(), trainee);
            DomainException early = assertThrows(DomainException.class,
                    () -> orders.decideHire(employer, order.getId(), enrolment, true, today.plusDays(7), null));
            assertEquals("hire.notTrainedYet", early.messageKey());
            classes.complete(staffA, c.getId());
            assertEquals("COMPLETED", state(enrolment));

            FieldException noReason = assertThrows(FieldException.class,
                    () -> orders.decideHire(employer, order.getId(), enrolment, false, null, " "));
            assertEquals("hire.reason.required", noReason.messageKey());
            assertThrows(NotFoundException.class,
                    () -> orders.decideHire(otherEmployer, order.getId(), enrolment, true, today, null));
            orders.decideHire(employer, order.getId(), enrolment, true, today.plusDays(7), null);
            var progress = orders.progress(employer, order.getId());
            assertEquals(20, progress.ordered());
            assertEquals(1, progress.filled());
            assertEquals(1, progress.trained());
            assertEquals(1, progress.hired());
            assertEquals(1, TestData.count("select count(*) from audit_entry where action = 'HIRE_DECIDED'"
                    + " and after_json like '%\"hired\":true%' and entity_id in (select id from hire_decision where enrolment_id = ?)",
                    enrolment));
            // a course of another occupation or level cannot serve the order
            Course other = courses.create(staffA, new CourseService.NewCourse(CourseKind.SAFETY, null, null, "安全" + tag,
                    TrainingType.EMPLOYMENT_SKILLS, DeliveryMode.ON_SITE, 8, 0, BigDecimal.ZERO, null));
            FieldException mismatch = assertThrows(FieldException.class, () -> classes.create(staffA, other.getId(),
                    details(today.plusDays(10), 10), order.getId()));
            assertEquals("order.courseMismatch", mismatch.messageKey());
        } finally {
            setLeadDays("220204", null);
        }
    }

    // --- xlsx roster import ------------------------------------------------------------------------

    private static byte[] sheet(String[]... rows) throws Exception {
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            var sh = wb.createSheet("花名册");
            for (int r = 0; r < rows.length; r++) {
                var row = sh.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private String[] registered(String name) throws Exception {
        String id = TestData.idNumber("220204", "19900101", true);
        String phone = TestData.phone();
        registration.registerWorker(new org.skillpass.identity.application.WorkerRegistration(name, id, phone, "abc12345",
                "abc12345", true, "zh_CN"));
        return new String[]{name, id, phone, "农村转移就业劳动者"};
    }

    @Inject
    org.skillpass.identity.application.RegistrationService registration;

    @Test
    void anXlsxRosterIsImportedWhollyOrNotAtAll() throws Exception {
        TrainingClass c = classes.create(staffA, course.getId(), details(LocalDate.now().plusDays(10), 2));
        String[] header = {"姓名", "身份证号", "手机号", "人员类别"};
        String[] a = registered("张一");
        String[] b = registered("李二");
        String[] d = registered("王三");
        String unknownId = TestData.idNumber("220204", "19850101", false);
        String badCheck = a[1].substring(0, 17) + (a[1].charAt(17) == '1' ? '2' : '1');
        byte[] bad = sheet(header, a,
                new String[]{"赵四", unknownId, TestData.phone(), "其他"},
                new String[]{"钱五", badCheck, TestData.phone(), "其他"},
                new String[]{b[0], b[1], "abc", "其他"},
                new String[]{d[0], d[1], d[2], "学生"},
                new String[]{"孙六", a[1], TestData.phone(), "其他"},
                new String[]{"李二二", b[1], b[2], "其他"});
        RosterImportException format = assertThrows(RosterImportException.class,
                () -> enrolments.importRoster(staffA, c.getId(), new java.io.ByteArrayInputStream(bad)));
        List<String> found = format.errors().stream().map(e -> e.row() + ":" + e.messageKey()).toList();
        assertTrue(found.containsAll(List.of("4:idnumber.check_digit", "5:roster.sheet.phone.invalid",
                "6:roster.sheet.category.invalid", "7:roster.sheet.duplicate")), found::toString);
        assertEquals(0, TestData.count("select count(*) from enrolment where class_id = ?", c.getId()));

        byte[] unknown = sheet(header, a, new String[]{"赵四", unknownId, TestData.phone(), "其他"},
                new String[]{"李二二", b[1], b[2], "其他"});
        RosterImportException people = assertThrows(RosterImportException.class,
                () -> enrolments.importRoster(staffA, c.getId(), new java.io.ByteArrayInputStream(unknown)));
        assertEquals(List.of("3:roster.learner.unknown", "4:roster.sheet.nameMismatch"),
                people.errors().stream().map(e -> e.row() + ":" + e.messageKey()).toList());
        assertEquals(0, TestData.count("select count(*) from enrolment where class_id = ?", c.getId()));

        RosterImportException notXlsx = assertThrows(RosterImportException.class, () -> enrolments.importRoster(staffA,
                c.getId(), new java.io.ByteArrayInputStream("姓名,身份证号\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertEquals("roster.sheet.unreadable", notXlsx.errors().get(0).messageKey());

        var result = enrolments.importRoster(staffA, c.getId(), new java.io.ByteArrayInputStream(sheet(header, a, b, d)));
        assertEquals(2, result.confirmed());
        assertEquals(1, result.waitlisted(), "capacity 2: the third waits");
        assertEquals(3, TestData.count("select count(*) from enrolment where class_id = ?", c.getId()));
        RosterImportException again = assertThrows(RosterImportException.class,
                () -> enrolments.importRoster(staffA, c.getId(), new java.io.ByteArrayInputStream(sheet(header, a))));
        assertEquals("enrolment.already", again.errors().get(0).messageKey());
        assertThrows(NotFoundException.class,
                () -> enrolments.importRoster(staffB, c.getId(), new java.io.ByteArrayInputStream(sheet(header, a))));
    }

    // --- the admin's catalog ------------------------------------------------------------------------

    @Inject
    org.skillpass.catalog.application.CatalogAdminService catalogAdmin;

    @Test
    void adminsKeepYearlyCatalogsAndImportThemWhollyOrNotAtAll() throws Exception {
        String adminName = TestData.unique("admin.");
        TestData.account(adminName, "管理员", "ADMIN", null);
        Caller admin = as(adminName);
        int year = 2099 - Math.abs(tag.hashCode() % 60); // a free year after the current one, per run
        while (TestData.count("select count(*) from catalog_version where year = ?", year) > 0) {
            year--;
        }
        final int y = year;
        assertThrows(org.skillpass.shared.domain.AccessDeniedException.class,
                () -> catalogAdmin.createYear(staffA, y, "目录", "Catalog", null));
        catalogAdmin.createYear(admin, y, y + "年目录", y + " catalog", catalog.currentYear());
        long copied = TestData.count("select count(*) from occupation where catalog_year = ?", y);
        assertTrue(copied >= 45, "the new year starts as a copy: " + copied);

        byte[] bad = sheet(new String[]{"职业编码", "职业名称", "英文名称", "等级", "急需紧缺", "特种作业"},
                new String[]{"9-99-99-01", "新职业", "New occupation", "5,4", "是", "否"},
                new String[]{"bad", "坏编码", "Bad", "5", "否", "否"});
        var refused = assertThrows(org.skillpass.catalog.application.CatalogAdminService.ImportRefused.class,
                () -> catalogAdmin.importSheet(admin, y, new java.io.ByteArrayInputStream(bad)));
        assertEquals("catalog.sheet.code.invalid", refused.problems().get(0).messageKey());
        assertEquals(0, TestData.count("select count(*) from occupation where catalog_year = ? and code = '9-99-99-01'", y));

        byte[] good = sheet(new String[]{"职业编码", "职业名称", "英文名称", "等级", "急需紧缺", "特种作业"},
                new String[]{"9-99-99-01", "新职业", "New occupation", "5,4", "是", "否"},
                new String[]{occupation.getCode(), "养老护理员（修订）", "Elderly care worker", "5,4,3", "是", "否"});
        var result = catalogAdmin.importSheet(admin, y, new java.io.ByteArrayInputStream(good));
        assertEquals(1, result.created());
        assertEquals(1, result.updated());
        assertEquals(1, TestData.count("select count(*) from occupation where catalog_year = ? and code = ? and levels = '5,4,3'",
                y, occupation.getCode()));
        assertEquals(1, TestData.count("select count(*) from occupation where catalog_year = ? and code = ? and name_zh = '养老护理员'",
                occupation.getCatalogYear(), occupation.getCode()), "the published year is untouched");
        assertEquals(1, TestData.count("select count(*) from audit_entry where action = 'CATALOG_IMPORTED' and entity_id = ?",
                String.valueOf(y)));
        try {
            catalogAdmin.publish(admin, y);
            assertEquals(y, catalog.currentYear());
        } finally {
            try (var conn = TestData.connect(); var ps = conn.prepareStatement("update catalog_version set published = false where year = ?")) {
                ps.setInt(1, y);
                ps.executeUpdate();
            }
        }
    }

    /** POST /api/enrolments as a worker with HTTP Basic; returns status and body. */
    private java.net.http.HttpResponse<String> enrolOverApi(String username, String json) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(base + "api/enrolments"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (username + ":" + TestData.PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @RunAsClient
    void workersEnrolOverTheApiWithTheSameRulesAsThePage() throws Exception {
        long institution = TestData.organisation("INSTITUTION", "接口学校" + TestData.unique(""), "220204");
        long classId = TestData.filedClass(institution, "6-31-01-03", "接口报名班" + TestData.unique(""), 1);
        String first = TestData.username(TestData.worker("接口甲"));
        String second = TestData.username(TestData.worker("接口乙"));
        String body = "{\"classId\": " + classId + ", \"category\": \"RURAL_TRANSFER\", \"status\": \"UNEMPLOYED\"}";

        var confirmed = enrolOverApi(first, body);
        assertEquals(201, confirmed.statusCode(), confirmed.body());
        assertTrue(confirmed.body().contains("\"state\":\"CONFIRMED\""), confirmed.body());
        var waitlisted = enrolOverApi(second, body);
        assertEquals(201, waitlisted.statusCode(), waitlisted.body());
        assertTrue(waitlisted.body().contains("\"state\":\"WAITLISTED\""), waitlisted.body());
        var again = enrolOverApi(first, body);
        assertEquals(422, again.statusCode(), again.body());
        assertTrue(again.body().contains("enrolment.already"), again.body());
        assertEquals(404, enrolOverApi(first, body.replace(String.valueOf(classId), "999999999")).statusCode());
        var badCategory = enrolOverApi(first, "{\"classId\": " + classId + ", \"category\": \"NOBODY\"}");
        assertEquals(422, badCategory.statusCode(), badCategory.body());
        assertTrue(badCategory.body().contains("\"field\":\"category\""), badCategory.body());
        String staff = TestData.unique("staff.");
        TestData.account(staff, "机构", "INSTITUTION_STAFF", institution);
        assertEquals(403, enrolOverApi(staff, body).statusCode());
        assertEquals(1, TestData.count("select count(*) from enrolment where class_id = ? and state = 'CONFIRMED'", classId));
        assertEquals(1, TestData.count("select confirmed_count from training_class where id = ?", classId));

        var mine = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(base + "api/enrolments/mine"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (second + ":" + TestData.PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, mine.statusCode(), mine.body());
        assertTrue(mine.body().contains("\"classId\":" + classId) && mine.body().contains("\"total\":1"), mine.body());
    }
}
