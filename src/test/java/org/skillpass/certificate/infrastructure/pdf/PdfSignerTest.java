package org.skillpass.certificate.infrastructure.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfSignerTest {

    private static SigningKey key;
    private static byte[] unsigned;
    private static byte[] signed;

    @BeforeAll
    static void signOne() {
        key = SigningKey.selfSigned("SkillPass 测试签名");
        unsigned = new CertificateRenderer().render(Samples.skillLevel("张三丰", null), Samples.skillLevelTemplate());
        signed = new PdfSigner(key).sign(unsigned, "证书签发", "吉林省长春市", signingTime());
    }

    @Test
    void aSignedCertificateIsIntactAndNamesItsSigner() throws Exception {
        PdfSignatureCheck.Result result = PdfSignatureCheck.check(signed);

        assertThat(result.problem()).isNull();
        assertThat(result.signed()).isTrue();
        assertThat(result.intact()).isTrue();
        assertThat(result.signer()).isEqualTo(key.certificate());
        assertThat(signed).startsWith(unsigned);
        assertThat(Samples.text(signed)).contains("张三丰");
        try (PDDocument doc = Loader.loadPDF(signed)) {
            PDSignature s = doc.getLastSignatureDictionary();
            assertThat(s.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(s.getReason()).isEqualTo("证书签发");
            assertThat(s.getLocation()).isEqualTo("吉林省长春市");
            assertThat(s.getSignDate().getTimeInMillis()).isEqualTo(signingTime().getTimeInMillis());
            assertThat(s.getContents().length).isEqualTo(PdfSigner.SIGNATURE_SIZE);
        }
        // the 4096 bytes reserved cost 8 KB of hex; the rest is the unsigned file and a small update
        assertThat(signed.length - unsigned.length).isLessThan(PdfSigner.SIGNATURE_SIZE * 2 + 4096);
    }

    @Test
    void aChangedByteInsideTheContentStreamBreaksTheSignature() throws Exception {
        assertBroken(flip(signed, insidePageContent()));
    }

    @Test
    void aChangedTextLiteralBreaksTheSignature() {
        // the signing time in the signature dictionary: signed, outside the Contents hole
        int at = indexOf(signed, "/M (D:", 0) + 8;
        byte[] changed = signed.clone();
        changed[at] = (byte) (changed[at] == '1' ? '2' : '1');

        assertBroken(changed);
    }

    @Test
    void aChangedByteInTheFirstHundredBreaksTheSignature() {
        // the binary comment after the header: the file still parses, only the digest differs
        int at = indexOf(signed, "\n%", 0) + 3;
        assertThat(at).isLessThan(100);

        PdfSignatureCheck.Result result = PdfSignatureCheck.check(flip(signed, at));

        assertThat(result.signed()).isTrue();
        assertThat(result.intact()).isFalse();
        assertThat(result.problem()).contains("digest");
    }

    @Test
    void anUpdateAppendedAfterSigningIsNotCovered() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = Loader.loadPDF(signed)) {
            doc.getDocumentInformation().setTitle("职业技能等级证书 (altered)");
            doc.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
            doc.getDocument().getTrailer().setNeedToBeUpdated(true);
            doc.saveIncremental(out);
        }
        byte[] appended = out.toByteArray();
        assertThat(appended.length).isGreaterThan(signed.length);

        PdfSignatureCheck.Result result = PdfSignatureCheck.check(appended);

        assertThat(result.signed()).isTrue();
        assertThat(result.intact()).isFalse();
        assertThat(result.problem()).contains("whole file");
    }

    @Test
    void garbageIsNotSignedAndNothingIsThrown() {
        byte[] random = new byte[5000];
        new Random(42).nextBytes(random);

        for (byte[] input : List.of(new byte[0], random, "%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII),
                unsigned, java.util.Arrays.copyOf(signed, signed.length / 2))) {
            PdfSignatureCheck.Result result = PdfSignatureCheck.check(input);
            assertThat(result.intact()).isFalse();
            assertThat(result.problem()).isNotBlank();
        }
        assertThat(PdfSignatureCheck.check(null).signed()).isFalse();
        assertThat(PdfSignatureCheck.check(new byte[0]).signed()).isFalse();
        assertThat(PdfSignatureCheck.check(random).signed()).isFalse();
        assertThat(PdfSignatureCheck.check(unsigned).signed()).isFalse();
        assertThat(PdfSignatureCheck.check(unsigned).problem()).isEqualTo("no signature");
    }

    @Test
    void signsFromTwoThreadsAtOnce() throws Exception {
        PdfSigner signer = new PdfSigner(key);
        byte[][] results = new byte[2][];
        Thread[] threads = new Thread[2];
        for (int i = 0; i < 2; i++) {
            int n = i;
            threads[i] = new Thread(() -> {
                byte[] pdf = new CertificateRenderer().render(Samples.skillLevel("并发" + n, null),
                        Samples.skillLevelTemplate());
                results[n] = signer.sign(pdf, "证书签发", "长春", signingTime());
            });
            threads[i].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        for (int i = 0; i < 2; i++) {
            assertThat(PdfSignatureCheck.check(results[i]).intact()).isTrue();
            assertThat(Samples.text(results[i])).contains("并发" + i);
        }
    }

    /** poppler's pdfsig, an independent verifier, agrees (skipped where it is not installed). */
    @Test
    void pdfsigAgrees(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdfsig")), "pdfsig (poppler-utils) not installed");
        Path good = Files.write(dir.resolve("good.pdf"), signed);
        Path bad = Files.write(dir.resolve("bad.pdf"),
                flip(signed, insidePageContent()));

        assertThat(pdfsig(good)).contains("Signature is Valid").contains("ETSI.CAdES.detached");
        assertThat(pdfsig(bad)).contains("Digest Mismatch");
    }

    private static String pdfsig(Path file) throws Exception {
        Process p = new ProcessBuilder("/usr/bin/pdfsig", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    private static void assertBroken(byte[] changed) {
        PdfSignatureCheck.Result result = PdfSignatureCheck.check(changed);
        assertThat(result.intact()).as(result.problem()).isFalse();
        assertThat(result.problem()).isNotBlank();
    }

    private static Calendar signingTime() {
        Calendar c = GregorianCalendar.from(java.time.ZonedDateTime.of(2026, 11, 23, 10, 30, 0, 0, Pdfs.CHINA));
        c.setTimeZone(java.util.TimeZone.getTimeZone(Pdfs.CHINA));
        return c;
    }

    /** An offset 20 bytes into the data of the page's content stream. */
    private static int insidePageContent() throws Exception {
        try (PDDocument doc = Loader.loadPDF(signed)) {
            COSObject contents = (COSObject) doc.getPage(0).getCOSObject().getItem(COSName.CONTENTS);
            long offset = doc.getDocument().getXrefTable().get(contents.getKey());
            assertThat(offset).as("content stream stored directly, not in an object stream").isPositive();
            return indexOf(signed, "stream", (int) offset) + "stream\n".length() + 20;
        }
    }

    private static byte[] flip(byte[] pdf, int at) {
        byte[] changed = pdf.clone();
        changed[at] ^= 0x01;
        return changed;
    }

    private static int indexOf(byte[] data, String text, int from) {
        byte[] needle = text.getBytes(StandardCharsets.ISO_8859_1);
        outer:
        for (int i = from; i <= data.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found: " + text);
    }
}
