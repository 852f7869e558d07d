package org.skillpass.certificate.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * The file store of issued PDFs ({@code skillpass.certificate.store}, {@code certificates/store} by
 * default): one file per certificate under its issue year and month, written to a temporary file and
 * moved into place so a reader never sees half a PDF. The database keeps the relative path and the
 * SHA-256, which every read checks.
 */
@ApplicationScoped
public class CertificateStore {

    @Inject
    @ConfigProperty(name = "skillpass.certificate.store", defaultValue = "certificates/store")
    String location;

    private Path root;

    public CertificateStore() {
    }

    /** For plain-Java use (benchmarks, tests). */
    public CertificateStore(Path root) {
        this.root = root;
    }

    @PostConstruct
    void init() {
        root = Path.of(location).toAbsolutePath();
    }

    public Path root() {
        return root;
    }

    /** Stores the PDF of a certificate and returns its path relative to the store. */
    public String write(String number, LocalDate issuedOn, byte[] pdf) {
        String relative = String.format("%04d/%02d/%s.pdf", issuedOn.getYear(), issuedOn.getMonthValue(), number);
        Path target = root.resolve(relative);
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), number, ".part");
            Files.write(tmp, pdf);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return relative;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store certificate " + number, e);
        }
    }

    /** The stored bytes; fails when they no longer match the SHA-256 recorded at issue. */
    public byte[] read(String relative, String expectedSha256) {
        try {
            byte[] pdf = Files.readAllBytes(root.resolve(relative).normalize());
            if (expectedSha256 != null && !expectedSha256.equals(sha256(pdf))) {
                throw new IllegalStateException("stored PDF " + relative + " does not match its SHA-256");
            }
            return pdf;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read certificate " + relative, e);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
