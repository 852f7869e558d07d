package org.skillpass.certificate.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;
import org.skillpass.certificate.application.VerificationService;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.web.Messages;
import org.skillpass.shared.web.Uploads;

import java.io.Serializable;

/** verify/index.xhtml (public): a number typed in or from a QR link ({@code ?n=}), or an uploaded PDF. */
@Named
@ViewScoped
public class VerifyBean implements Serializable {

    @Inject
    transient VerificationService verification;

    static final long MAX_PDF_BYTES = 2L * 1024 * 1024;

    private String number;
    private VerificationService.Verification result;
    private VerificationService.UploadCheck upload;
    private transient UploadedFile file;

    /** f:viewAction: a QR link carries the number. */
    public void load() {
        if (number != null && !number.isBlank()) {
            verify();
        }
    }

    public void verify() {
        result = null;
        upload = null;
        try {
            result = verification.verify(number);
        } catch (DomainException e) {
            Messages.error("verifyForm", e);
        }
    }

    public void check() {
        result = null;
        upload = null;
        byte[] pdf = Uploads.document(file, "uploadForm:pdf", MAX_PDF_BYTES, java.util.Set.of(Uploads.Kind.PDF));
        if (pdf == null) {
            return;
        }
        try {
            upload = verification.checkUpload(pdf);
        } catch (DomainException e) {
            Messages.error("uploadForm", e);
        }
    }

    public UploadedFile getPdf() { return file; }
    public void setPdf(UploadedFile file) { this.file = file; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public VerificationService.Verification getResult() { return result; }
    public VerificationService.UploadCheck getUpload() { return upload; }
}
