package org.skillpass.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.skillpass.certificate.domain.CertificateNumber;
import org.skillpass.certificate.domain.CertificateType;
import org.skillpass.certificate.infrastructure.pdf.CertificateContent;
import org.skillpass.certificate.infrastructure.pdf.CertificateRenderer;
import org.skillpass.certificate.infrastructure.pdf.PdfSigner;
import org.skillpass.certificate.infrastructure.pdf.SigningKey;
import org.skillpass.certificate.infrastructure.pdf.TemplateLayout;

/**
 * Certificates rendered and signed per second by the bare engine (no container, no database, no file
 * store), on 1 and 2 threads. Not a test: no assertions on time. Run with ParallelGC (see STACK-NOTES):
 * <pre>
 * mvn -q test-compile
 * java -XX:+UseParallelGC -cp target/classes:target/test-classes:$(mvn -q dependency:build-classpath \
 *      -Dmdep.outputFile=/dev/stdout) org.skillpass.bench.PdfBench
 * </pre>
 */
public final class PdfBench {

    /** One measurement: {@code count} signed certificates in {@code seconds} on {@code threads} threads. */
    public record Result(int threads, long count, double seconds, double perSecond, double avgKb) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d thread(s): %d certificates in %.1f s = %.1f/s, %.1f KB each",
                    threads, count, seconds, perSecond, avgKb);
        }
    }

    private static final SigningKey KEY = SigningKey.selfSigned("SkillPass bench");

    private PdfBench() {
    }

    public static void main(String[] args) throws Exception {
        Duration duration = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 10);
        System.out.println("warming up...");
        measure(2, Duration.ofSeconds(5));
        List<Result> results = List.of(measure(1, duration), measure(2, duration));
        results.forEach(System.out::println);
    }

    /**
     * Renders and signs distinct skill-level certificates on {@code threads} threads for {@code duration}.
     * Each thread first renders one certificate untimed, so that parsing its fonts is not counted.
     */
    public static Result measure(int threads, Duration duration) throws InterruptedException {
        TemplateLayout template = TemplateLayout.classpath("skill-level.v1.properties");
        PdfSigner signer = new PdfSigner(KEY);
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch start = new CountDownLatch(1);
        long[] deadline = new long[1];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<long[]>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    CertificateRenderer renderer = new CertificateRenderer();
                    signer.sign(renderer.render(content(thread, 0), template), "bench", "bench", null);
                    ready.countDown();
                    start.await();
                    long count = 0;
                    long bytes = 0;
                    while (System.nanoTime() < deadline[0]) {
                        byte[] pdf = renderer.render(content(thread, (int) count + 1), template);
                        bytes += signer.sign(pdf, "证书签发", "长春", Calendar.getInstance()).length;
                        count++;
                    }
                    return new long[] {count, bytes};
                }));
            }
            ready.await();
            long begin = System.nanoTime();
            deadline[0] = begin + duration.toNanos();
            start.countDown();
            long count = 0;
            long bytes = 0;
            for (Future<long[]> f : futures) {
                long[] r = f.get();
                count += r[0];
                bytes += r[1];
            }
            double seconds = (System.nanoTime() - begin) / 1e9;
            return new Result(threads, count, seconds, count / seconds, count == 0 ? 0 : bytes / 1024.0 / count);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a bench thread failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static CertificateContent content(int thread, int serial) {
        CertificateNumber number = CertificateNumber.skillLevel('S', "1234", "22", String.format("%06d", thread + 1),
                2026, 4, serial % CertificateNumber.MAX_SKILL_LEVEL_SERIAL + 1);
        return new CertificateContent(CertificateType.SKILL_LEVEL, CertificateType.SKILL_LEVEL.title(),
                "张三丰" + (serial % 10), "居民身份证", "220***********" + String.format("%04d", serial % 10000), null,
                "电工", "维修电工", "四级/中级工", "吉林省职业技能鉴定指导中心", LocalDate.of(2026, 11, 23),
                number.value(), "https://skillpass.example.cn/verify/" + number.value());
    }
}
