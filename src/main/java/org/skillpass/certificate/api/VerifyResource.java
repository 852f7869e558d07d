package org.skillpass.certificate.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.skillpass.certificate.application.VerificationService;
import org.skillpass.shared.domain.DomainException;

import java.io.IOException;
import java.io.InputStream;

/**
 * Public verification, no login: {@code GET /api/verify/{number}} and {@code POST /api/verify/pdf}
 * with the PDF as the body. Rate-limited per client by {@link VerifyRateLimit}.
 */
@Path("verify")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class VerifyResource {

    /** Larger uploads are refused before they are read whole. */
    static final int MAX_PDF_BYTES = 2 * 1024 * 1024;

    @Inject
    VerificationService verification;

    @GET
    @Path("{number}")
    public VerificationService.Verification verify(@PathParam("number") String number) {
        return verification.verify(number);
    }

    @POST
    @Path("pdf")
    @Consumes({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    public VerificationService.UploadCheck upload(InputStream body) throws IOException {
        byte[] pdf = body.readNBytes(MAX_PDF_BYTES + 1);
        if (pdf.length == 0) {
            throw new DomainException("verify.upload.empty");
        }
        if (pdf.length > MAX_PDF_BYTES) {
            throw new DomainException("verify.upload.tooLarge", MAX_PDF_BYTES / 1024 / 1024);
        }
        return verification.checkUpload(pdf);
    }
}
