package org.skillpass.shared.web;

import org.primefaces.model.file.UploadedFile;

/** Checks on an uploaded spreadsheet before anything reads it; problems go beside the upload field. */
public final class Uploads {

    /** Largest sheet accepted (2,000 rows fit in far less). */
    public static final long MAX_SHEET_BYTES = 2L * 1024 * 1024;

    private Uploads() {
    }

    /** True when a file was chosen and is within the size limit; otherwise adds the message and returns false. */
    public static boolean accept(UploadedFile file, String fieldClientId) {
        if (file == null || file.getSize() == 0) {
            Messages.error(fieldClientId, "roster.file.required");
            return false;
        }
        if (file.getSize() > MAX_SHEET_BYTES) {
            Messages.error(fieldClientId, "roster.file.tooLarge", MAX_SHEET_BYTES / 1024 / 1024);
            return false;
        }
        return true;
    }

    /** Document types accepted as evidence or for checking, recognised by their first bytes (not by name). */
    public enum Kind {
        PDF(new byte[]{'%', 'P', 'D', 'F', '-'}),
        JPEG(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
        PNG(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

        private final byte[] magic;

        Kind(byte[] magic) {
            this.magic = magic;
        }

        public boolean matches(byte[] content) {
            return content.length >= magic.length && java.util.Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
        }

        public static java.util.Optional<Kind> of(byte[] content) {
            return java.util.Arrays.stream(values()).filter(k -> k.matches(content)).findFirst();
        }
    }

    /**
     * The bytes of an uploaded document when it was given, is within {@code maxBytes} and is one of the
     * kinds; otherwise adds the message beside the field and returns null.
     */
    public static byte[] document(UploadedFile file, String fieldClientId, long maxBytes, java.util.Set<Kind> kinds) {
        if (file == null || file.getSize() == 0) {
            Messages.error(fieldClientId, "upload.required");
            return null;
        }
        if (file.getSize() > maxBytes) {
            Messages.error(fieldClientId, "upload.tooLarge", Math.max(1, maxBytes / 1024 / 1024));
            return null;
        }
        byte[] content = file.getContent();
        if (kinds.stream().noneMatch(k -> k.matches(content))) {
            Messages.error(fieldClientId, "upload.wrongType",
                    String.join(" / ", kinds.stream().map(Kind::name).sorted().toList()));
            return null;
        }
        return content;
    }
}
