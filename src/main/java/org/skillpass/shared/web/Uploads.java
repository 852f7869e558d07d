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
}
