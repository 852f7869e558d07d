package org.skillpass.certificate;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
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
import org.skillpass.certificate.application.CertificatePdfs;
import org.skillpass.certificate.application.CertificateService;
import org.skillpass.certificate.application.ClassBatches;
import org.skillpass.certificate.application.TranscriptService;
import org.skillpass.certificate.application.VerificationService;
import org.skillpass.certificate.domain.Certificate;
import org.skillpass.certificate.domain.CertificateBatch;
import org.skillpass.certificate.domain.CertificateState;
import org.skillpass.certificate.infrastructure.CertificateStore;
import org.skillpass.certificate.infrastructure.pdf.PdfSignatureCheck;
import org.skillpass.certificate.infrastructure.pdf.TranscriptContent;
import org.skillpass.identity.application.CurrentCaller;
import org.skillpass.shared.application.Caller;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.domain.FieldException;
import org.skillpass.shared.domain.NotFoundException;
import org.skillpass.shared.domain.PageRequest;
import org.skillpass.testsupport.Deployments;
import org.skillpass.testsupport.TestData;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Certificates against MariaDB: issue on a locked pass (idempotent), numbers under concurrency, class
 * batches, frozen PDFs with Chinese text and a valid signature, revoke and reissue on the verify page,
 * template changes, upload checks, transcripts and scoping.
 */
@ExtendWith(ArquillianExtension.class)
class CertificateIT {

    private static final Pattern SKILL_NUMBER = Pattern.compile("^S(\\d{4})22(\\d{6})(\\d{2})4(\\d{6})$");

    @Deployment
    static WebArchive deployment() {
        return Deployments.skillpass(CertificateIT.class);
    }

    @Inject
    AssessmentService assessments;
    @Inject
    CatalogService catalog;
    @Inject
    CertificateService certificates;
    @Inject
    CertificatePdfs pdfs;
    @Inject
    ClassBatches batches;
    @Inject
    VerificationService verification;
    @Inject
    TranscriptService transcripts;
    @Inject
    CertificateStore store;
    @PersistenceContext(unitName = "skillpass")
    EntityManager em;
    @ArquillianResource
    URL base;

    String tag;
    long body;
    long institution;
    List<Caller> assessors = new ArrayList<>();
    Caller staff;
    Caller otherStaff;
    Caller hr;
    Caller otherCityHr;

    @BeforeEach
    void world() throws Exception {
        tag = TestData.unique("c");
        body = TestData.organisation("ASSESSMENT_BODY", "吉林市职业技能鉴定中心" + tag, "220200");
        for (int i = 0; i < 5; i++) {
            String u = TestData.unique("cassessor.");
            TestData.account(u, "考评员" + i, "ASSESSOR", body);
            assessors.add(CurrentCaller.forUsername(em, u));
        }
        institution = TestData.organisation("INSTITUTION", "吉林市职业培训学校" + tag, "220204");
        staff = caller("INSTITUTION_STAFF", institution);
        otherStaff = caller("INSTITUTION_STAFF", TestData.organisation("INSTITUTION", "别的学校" + tag, "220204"));
        hr = caller("HR_OFFICER", TestData.organisation("HR_BUREAU", "吉林市人社局" + tag, "220200"));
        otherCityHr = caller("HR_OFFICER", TestData.organisation("HR_BUREAU", "安阳市人社局" + tag, "410500"));
    }

    private Caller caller(String role, long org) throws Exception {
        String u = TestData.unique(role.toLowerCase() + ".");
        TestData.account(u, role, role, org);
        return CurrentCaller.forUsername(em, u);
    }

    private Caller worker(long accountId) throws Exception {
        return CurrentCaller.forUsername(em, TestData.username(accountId));
    }

    /** A level-4 electrician session with the given workers passing; locked by the lead. Returns the candidates. */
    private List<Candidate> lockedPasses(long... workers) throws Exception {
        long electrician = catalog.search("6-31-01-03", 1).get(0).getId();
        Caller lead = assessors.get(0);
        AssessmentSession s = assessments.create(lead, new AssessmentService.NewSession(electrician, 4, AssessmentMode.ON_SITE,
                "实操车间", LocalDate.now(), 1, new BigDecimal("300.00")));
        assessments.assignPanel(lead, s.getId(), List.of(
                new AssessmentService.Seat(assessors.get(0).accountId(), PanelMember.Duty.PRACTICAL, null, true),
                new AssessmentService.Seat(assessors.get(1).accountId(), PanelMember.Duty.PRACTICAL, null, false),
                new AssessmentService.Seat(assessors.get(2).accountId(), PanelMember.Duty.PRACTICAL, null, false),
                new AssessmentService.Seat(assessors.get(3).accountId(), PanelMember.Duty.INVIGILATOR, 1, false),
                new AssessmentService.Seat(assessors.get(4).accountId(), PanelMember.Duty.INVIGILATOR, 1, false)));
        List<Candidate> out = new ArrayList<>();
        for (long w : workers) {
            Candidate c = assessments.addCandidate(lead, s.getId(), w, null);
            assessments.enterScores(lead, c.getId(), "78.5", "86");
            out.add(c);
        }
        assessments.submit(lead, s.getId());
        assessments.lock(lead, s.getId());
        return out;
    }

    private Certificate ofCandidate(long candidateId) {
        return em.createQuery("select c from Certificate c where c.candidateId = :k and c.source = :s", Certificate.class)
                .setParameter("k", candidateId).setParameter("s", Certificate.Source.ASSESSMENT).getSingleResult();
    }

    private Certificate fresh(long id) {
        em.getEntityManagerFactory().getCache().evict(Certificate.class);
        return em.find(Certificate.class, id);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void aLockedPassIssuesTheCertificateAtOnceAndOnlyOnce() throws Exception {
        long w = TestData.worker("王建国" + tag.substring(tag.length() - 2));
        Candidate c = lockedPasses(w).get(0);
        Certificate cert = ofCandidate(c.getId());
        Matcher m = SKILL_NUMBER.matcher(cert.getNumber());
        assertTrue(m.matches(), "22-character skill-level number of a third-party body in Jilin (22), level 4: " + cert.getNumber());
        assertEquals(String.format("%02d", LocalDate.now().getYear() % 100), m.group(3));
        assertEquals(String.format("%04d", body % 10000), m.group(1), "body code derived from the body when none is set");
        assertEquals(CertificateState.VALID, cert.getState());
        assertEquals("电工", cert.getOccupationName());
        assertEquals(4, cert.getLevel());

        Certificate again = certificates.issueForCandidate(Caller.system(), c.getId());
        assertEquals(cert.getId(), again.getId(), "issuing is idempotent");
        assertEquals(1, TestData.count("select count(*) from certificate where candidate_id = ?", c.getId()));
        assertEquals(1, TestData.count("select count(*) from audit_entry where action = 'CERTIFICATE_ISSUED' and entity_id = ?",
                String.valueOf(cert.getId())));

        Certificate frozen = fresh(cert.getId());
        for (int i = 0; i < 100 && frozen.getPdfSha256() == null; i++) {
            Thread.sleep(100);
            frozen = fresh(cert.getId());
        }
        assertNotNull(frozen.getPdfSha256(), "the PDF is frozen in the background right after the lock commits");
        byte[] pdf = certificates.pdf(worker(w), cert.getId());
        assertEquals(frozen.getPdfSha256(), CertificateStore.sha256(pdf));
        assertTrue(store.root().resolve(frozen.getPdfPath()).toFile().isFile());
        String text = text(pdf);
        for (String field : List.of("职业技能等级证书", cert.getHolderName(), "电工", "四级/中级工", "吉林市职业技能鉴定中心", cert.getNumber())) {
            assertTrue(text.contains(field), "PDF text holds " + field + ":\n" + text);
        }
        PdfSignatureCheck.Result sig = PdfSignatureCheck.check(pdf);
        assertTrue(sig.intact(), "signature valid: " + sig.problem());
        byte[] changed = pdf.clone();
        changed[changed.length / 3] ^= 0x01;
        assertFalse(PdfSignatureCheck.check(changed).intact(), "one changed byte breaks the signature");

        assertThrows(NotFoundException.class, () -> certificates.pdf(otherStaff, cert.getId()));
        assertThrows(NotFoundException.class, () -> certificates.pdf(otherCityHr, cert.getId()));
        assertEquals(cert.getId(), certificates.find(hr, cert.getId()).getId(), "HR officers of the region see it");
        assertEquals(0, certificates.issued(otherCityHr, PageRequest.first(50)).total());
    }

    @Test
    void numbersStayUniqueAndGapFreeWhenIssuedConcurrently() throws Exception {
        int learners = 24;
        long[] workers = new long[learners];
        int[] attended = new int[learners];
        for (int i = 0; i < learners; i++) {
            workers[i] = TestData.worker("并发" + i);
            attended[i] = 2;
        }
        long classId = TestData.completedClass(institution, "OCCUPATION_LEVEL", "6-31-01-03", "并发班" + tag, 2, workers, attended);
        List<Long> enrolments = em.createNativeQuery("select id from enrolment where class_id = ?").setParameter(1, classId)
                .getResultList().stream().map(o -> ((Number) o).longValue()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (long e : enrolments) {
                done.add(pool.submit((Callable<Object>) () -> certificates.issueForEnrolment(staff, e)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        List<String> numbers = em.createQuery("select c.number from Certificate c where c.classId = :k order by c.number", String.class)
                .setParameter("k", classId).getResultList();
        assertEquals(learners, numbers.size());
        assertEquals(learners, new HashSet<>(numbers).size(), "no duplicates");
        String series = numbers.get(0).substring(0, 10);
        assertTrue(numbers.get(0).matches("^PX22\\d{14}$"), numbers.get(0));
        for (int i = 0; i < learners; i++) {
            assertEquals(series + String.format("%08d", i + 1), numbers.get(i), "serials 1.." + learners + " without gaps");
        }
    }

    @Test
    void aClassBatchRunsInTheBackgroundSkipsRepeatsAndLowAttendance() throws Exception {
        long[] workers = {TestData.worker("甲" + tag), TestData.worker("乙" + tag), TestData.worker("丙" + tag), TestData.worker("丁" + tag)};
        int[] attended = {5, 4, 3, 5}; // of 5 sessions: 100 %, 80 % (enough), 60 % (too little), 100 %
        long classId = TestData.completedClass(institution, "SPECIAL_ABILITY", "4-10-01-05", "专项班" + tag, 5, workers, attended);
        assertThrows(NotFoundException.class, () -> batches.start(otherStaff, classId));
        CertificateBatch b = batches.start(staff, classId);
        assertEquals(4, b.getTotal());
        CertificateBatch done = waitForBatch(classId);
        assertEquals(CertificateBatch.State.DONE, done.getState());
        assertEquals(3, done.getIssued());
        assertEquals(1, done.getSkipped(), "60 % attendance gets no certificate");
        assertEquals(0, done.getFailed());
        List<Certificate> issued = certificates.ofClass(staff, classId);
        assertEquals(3, issued.size());
        issued.forEach(c -> {
            assertEquals("SPECIAL_ABILITY", c.getType().name(), "a special-ability course issues special-ability certificates");
            assertTrue(c.getNumber().matches("^ZX22\\d{14}$"), c.getNumber());
        });
        batches.start(staff, classId);
        CertificateBatch again = waitForBatch(classId);
        assertEquals(0, again.getIssued());
        assertEquals(4, again.getSkipped(), "learners with a certificate are skipped");
        assertEquals(3, TestData.count("select count(*) from certificate where class_id = ?", classId));

        long filed = TestData.filedClass(institution, "6-31-01-03", "未结业" + tag, 10);
        assertEquals("certificate.batch.classNotCompleted",
                assertThrows(DomainException.class, () -> batches.start(staff, filed)).messageKey());
    }

    private CertificateBatch waitForBatch(long classId) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            CertificateBatch b = batches.latest(staff, classId);
            if (!b.isRunning()) {
                return b;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("batch did not finish in 30 s");
    }

    @Test
    void revocationAndReissueShowOnTheVerifyPage() throws Exception {
        long w1 = TestData.worker("李小红" + tag);
        long w2 = TestData.worker("张伟" + tag);
        List<Candidate> passes = lockedPasses(w1, w2);
        Certificate first = ofCandidate(passes.get(0).getId());
        Certificate second = ofCandidate(passes.get(1).getId());

        VerificationService.Verification v = verification.verify(first.getNumber().toLowerCase());
        assertEquals(CertificateState.VALID, v.state());
        assertFalse(v.holder().contains(first.getHolderName().substring(1, 2)), "the holder's name is masked: " + v.holder());
        assertTrue(v.holder().startsWith("李"));
        assertEquals("四级/中级工", v.level());

        assertEquals("certificate.reason.required",
                assertThrows(FieldException.class, () -> certificates.revoke(hr, first.getId(), " ")).messageKey());
        assertThrows(NotFoundException.class, () -> certificates.revoke(staff, first.getId(), "不是我们发的证"));
        assertThrows(NotFoundException.class, () -> certificates.revoke(otherCityHr, first.getId(), "冒名顶替"));
        certificates.revoke(hr, first.getId(), "冒名顶替参加考试");
        VerificationService.Verification revoked = verification.verify(first.getNumber());
        assertEquals(CertificateState.REVOKED, revoked.state());
        assertEquals(LocalDate.now(), revoked.revokedOn());
        assertEquals("certificate.notValid", assertThrows(DomainException.class,
                () -> certificates.reissue(hr, first.getId(), "再次补发")).messageKey());

        try (var c = TestData.connect(); var ps = c.prepareStatement("update worker set real_name = ? where account_id = ?")) {
            ps.setString(1, "张玮" + tag);
            ps.setLong(2, w2);
            ps.executeUpdate();
        }
        Certificate replacement = certificates.reissue(assessors.get(0), second.getId(), "姓名更正：张伟→张玮");
        assertNotEquals(second.getNumber(), replacement.getNumber());
        assertEquals("张玮" + tag, replacement.getHolderName(), "the reissue prints the corrected name");
        VerificationService.Verification old = verification.verify(second.getNumber());
        assertEquals(CertificateState.REPLACED, old.state());
        assertEquals(replacement.getNumber(), old.replacementNumber());
        assertEquals(CertificateState.VALID, verification.verify(replacement.getNumber()).state());
        assertEquals(1, TestData.count("select count(*) from audit_entry where action = 'CERTIFICATE_REPLACED' and entity_id = ? "
                + "and reason like '姓名更正%'", String.valueOf(second.getId())));
        assertEquals(1, TestData.count("select count(*) from audit_entry where action = 'CERTIFICATE_REVOKED' and entity_id = ? "
                + "and reason = '冒名顶替参加考试'", String.valueOf(first.getId())));
        assertEquals(second.getId(), certificates.issueForCandidate(Caller.system(), passes.get(1).getId()).getId(),
                "announcing the pass again issues nothing new");

        assertEquals("verify.number.invalid", assertThrows(DomainException.class, () -> verification.verify("S12345")).messageKey());
        assertEquals("verify.notFound", assertThrows(NotFoundException.class,
                () -> verification.verify("1234567890123456")).messageKey(), "old 16-digit numbers are accepted, this one is unknown");
    }

    @Test
    void anIssuedPdfStaysByteIdenticalAfterATemplateChange() throws Exception {
        long w = TestData.worker("赵铁柱" + tag);
        Certificate before = ofCandidate(lockedPasses(w).get(0).getId());
        byte[] original = certificates.pdf(worker(w), before.getId());
        long v1 = pdfs.activeTemplate("SKILL_LEVEL").getId();
        String source = pdfs.activeTemplate("SKILL_LEVEL").getSource();
        long v2;
        try (var c = TestData.connect()) {
            c.createStatement().executeUpdate("update certificate_template set active = false where id = " + v1);
            try (var ps = c.prepareStatement("insert into certificate_template (type, version, name, source, active, created_at) "
                    + "values ('SKILL_LEVEL', 900 + ?, 'skill-level.test', ?, true, now(3))", java.sql.Statement.RETURN_GENERATED_KEYS)) {
                ps.setInt(1, (int) (System.nanoTime() % 90));
                ps.setString(2, source + "\n# a changed layout\n");
                ps.executeUpdate();
                try (var rs = ps.getGeneratedKeys()) {
                    rs.next();
                    v2 = rs.getLong(1);
                }
            }
        }
        try {
            assertArrayEquals(original, certificates.pdf(worker(w), before.getId()), "frozen bytes are served as issued");
            Certificate after = ofCandidate(lockedPasses(TestData.worker("钱多多" + tag)).get(0).getId());
            assertEquals(v2, after.getTemplateId(), "new certificates use the new version");
            assertEquals(v1, fresh(before.getId()).getTemplateId());
        } finally {
            try (var c = TestData.connect()) {
                c.createStatement().executeUpdate("update certificate_template set active = (id = " + v1 + ") where type = 'SKILL_LEVEL'");
            }
        }
    }

    @Test
    void uploadedPdfsAreCheckedAgainstTheStoredOriginalAndTheSignature() throws Exception {
        long w = TestData.worker("孙悟空" + tag);
        Certificate cert = ofCandidate(lockedPasses(w).get(0).getId());
        byte[] pdf = certificates.pdf(worker(w), cert.getId());
        VerificationService.UploadCheck original = verification.checkUpload(pdf);
        assertEquals(VerificationService.UploadOutcome.ORIGINAL, original.outcome());
        assertEquals(cert.getNumber(), original.certificate().number());
        byte[] changed = pdf.clone();
        changed[changed.length / 2] ^= 0x20;
        assertEquals(VerificationService.UploadOutcome.ALTERED, verification.checkUpload(changed).outcome());
        assertEquals(VerificationService.UploadOutcome.NOT_SIGNED, verification.checkUpload("%PDF-1.7\n%%EOF".getBytes()).outcome());
        byte[] transcript = transcripts.pdf(worker(w), w);
        assertEquals(VerificationService.UploadOutcome.GENUINE_DOCUMENT, verification.checkUpload(transcript).outcome());
    }

    @Test
    void theTranscriptGathersTheWholeRecordWithinTheCallersScope() throws Exception {
        long w = TestData.worker("周学习" + tag);
        long classId = TestData.completedClass(institution, "OCCUPATION_LEVEL", "6-31-01-03", "电工班" + tag, 12,
                new long[]{w}, new int[]{11}); // 11 × 3 h = 33 h attended of 36
        Certificate cert = ofCandidate(lockedPasses(w).get(0).getId());
        TranscriptContent t = transcripts.transcript(worker(w), w, Locale.SIMPLIFIED_CHINESE);
        assertEquals(1, t.classes().size());
        TranscriptContent.ClassRow row = t.classes().get(0);
        assertEquals(0, new BigDecimal("33.0").compareTo(row.attendedHours()));
        assertEquals(0, new BigDecimal("36.0").compareTo(row.plannedHours()));
        assertEquals(0, new BigDecimal("2.0").compareTo(row.credits()), "33 h at 16 h per credit: 2 credits (rounded down)");
        assertEquals("已结业", row.state());
        assertEquals(1, t.assessments().size());
        assertEquals("合格", t.assessments().get(0).result());
        assertEquals(cert.getNumber(), t.certificates().get(0).number());

        TranscriptContent seenByStaff = transcripts.transcript(staff, w, Locale.ENGLISH);
        assertEquals(1, seenByStaff.classes().size());
        assertTrue(seenByStaff.certificates().isEmpty(), "the institution sees its own classes, not the body's certificates");
        assertEquals(1, transcripts.transcript(hr, w, Locale.ENGLISH).certificates().size());
        assertThrows(NotFoundException.class, () -> transcripts.transcript(otherStaff, w, Locale.ENGLISH));
        assertThrows(NotFoundException.class, () -> transcripts.transcript(otherCityHr, w, Locale.ENGLISH));
        assertThrows(NotFoundException.class, () -> transcripts.transcript(worker(TestData.worker("别人" + tag)), w, Locale.ENGLISH));

        byte[] pdf = transcripts.pdf(worker(w), w);
        assertTrue(PdfSignatureCheck.check(pdf).intact());
        String text = text(pdf);
        // a long class name wraps inside its table cell: look for its start and the certificate's number
        assertTrue(text.contains("终身职业技能培训档案") && text.contains("周学习") && text.contains("电工班")
                && text.contains(cert.getNumber()), text);
    }

    @Test
    void thePublicVerifyEndpointIsRateLimitedPerClient() throws Exception {
        long w = TestData.worker("吴用" + tag);
        Certificate cert = ofCandidate(lockedPasses(w).get(0).getId());
        HttpClient http = HttpClient.newHttpClient();
        URI uri = base.toURI().resolve("api/verify/" + cert.getNumber());
        assertEquals("localhost", uri.getHost());
        HttpResponse<String> ok = http.send(HttpRequest.newBuilder(uri).header("Accept-Language", "en").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(ok.body().contains("\"state\":\"VALID\"") && ok.body().contains(cert.getNumber()), ok.body());
        assertFalse(ok.body().contains(cert.getHolderName()), "never the full name");
        HttpResponse<String> bad = http.send(HttpRequest.newBuilder(base.toURI().resolve("api/verify/ABC"))
                .header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(422, bad.statusCode());
        assertTrue(bad.body().contains("not a certificate number"), bad.body());
        int limited = 0;
        for (int i = 0; i < 70 && limited == 0; i++) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 429) {
                limited++;
                assertTrue(r.body().contains("查验过于频繁"), "the message is in the client's language: " + r.body());
            }
        }
        assertEquals(1, limited, "60 requests a minute per client, then 429");
    }
}
