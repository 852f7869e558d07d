package org.skillpass.subsidy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.skillpass.shared.application.Caller;
import org.skillpass.shared.domain.FieldException;
import org.skillpass.shared.domain.NotFoundException;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * Uploaded documents (invoices, contracts, 代为申请 agreements, wage slips): checked by content (PDF, JPEG
 * or PNG by their first bytes, at most {@link #MAX_BYTES}) and stored once per content with its SHA-256,
 * so the same scanned agreement uploaded twice is one file and the hash proves what was uploaded.
 */
@ApplicationScoped
public class SubsidyFiles {

    public static final long MAX_BYTES = 5L * 1024 * 1024;

    @PersistenceContext(unitName = "skillpass")
    EntityManager em;

    /** A document's kind by its first bytes; the name a browser sends is not trusted. */
    public static String contentType(byte[] content) {
        if (startsWith(content, new byte[]{'%', 'P', 'D', 'F', '-'})) {
            return "application/pdf";
        }
        if (startsWith(content, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return "image/jpeg";
        }
        if (startsWith(content, new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return "image/png";
        }
        return null;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content != null && content.length >= magic.length
                && java.util.Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    public record StoredFile(long id, String sha256, String contentType, int size, String name) {
    }

    /** Stores a checked document (or finds the same content stored before) and returns it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public StoredFile store(Caller caller, String field, String originalName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new FieldException(field, "upload.required");
        }
        if (content.length > MAX_BYTES) {
            throw new FieldException(field, "upload.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        String type = contentType(content);
        if (type == null) {
            throw new FieldException(field, "upload.wrongType", "JPEG / PDF / PNG");
        }
        String sha = sha256(content);
        @SuppressWarnings("unchecked")
        List<Object[]> existing = em.createNativeQuery("SELECT id, content_type, size_bytes, original_name FROM subsidy_file "
                + "WHERE sha256 = ?").setParameter(1, sha).getResultList();
        if (!existing.isEmpty()) {
            Object[] r = existing.get(0);
            return new StoredFile(((Number) r[0]).longValue(), sha, (String) r[1], ((Number) r[2]).intValue(), (String) r[3]);
        }
        String name = originalName == null || originalName.isBlank() ? "upload" : originalName.strip();
        name = name.replaceAll("[\\\\/\\p{Cntrl}]", "_");
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        em.createNativeQuery("INSERT INTO subsidy_file (sha256, content_type, size_bytes, original_name, content, uploaded_by, "
                        + "uploaded_by_name, organisation_id, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, sha).setParameter(2, type).setParameter(3, content.length).setParameter(4, name)
                .setParameter(5, content).setParameter(6, caller.accountId()).setParameter(7, caller.username())
                .setParameter(8, caller.organisationId()).setParameter(9, Timestamp.from(Instant.now())).executeUpdate();
        long id = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        return new StoredFile(id, sha, type, content.length, name);
    }

    public record Content(StoredFile file, byte[] bytes) {
    }

    /** The bytes of a stored file; callers check first that the caller may see what it belongs to. */
    public Content content(long fileId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, sha256, content_type, size_bytes, original_name, content "
                + "FROM subsidy_file WHERE id = ?").setParameter(1, fileId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException();
        }
        Object[] r = rows.get(0);
        return new Content(new StoredFile(((Number) r[0]).longValue(), (String) r[1], (String) r[2], ((Number) r[3]).intValue(),
                (String) r[4]), (byte[]) r[5]);
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
