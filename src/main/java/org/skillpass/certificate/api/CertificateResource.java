package org.skillpass.certificate.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.skillpass.certificate.application.CertificatePdfs;
import org.skillpass.certificate.application.CertificateService;
import org.skillpass.certificate.application.ClassBatches;
import org.skillpass.certificate.application.TranscriptService;
import org.skillpass.certificate.domain.Certificate;
import org.skillpass.certificate.domain.CertificateBatch;
import org.skillpass.identity.application.CurrentCaller;
import org.skillpass.identity.domain.Role;

import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Downloads: a certificate's frozen PDF, a class's certificates as one ZIP, a worker's signed transcript. */
@Path("certificates")
@RequestScoped
@RolesAllowed({Role.Names.WORKER, Role.Names.INSTITUTION_STAFF, Role.Names.ASSESSOR, Role.Names.HR_OFFICER, Role.Names.ADMIN})
public class CertificateResource {

    @Inject
    CurrentCaller caller;

    @Inject
    CertificateService certificates;

    @Inject
    CertificatePdfs pdfs;

    @Inject
    TranscriptService transcripts;

    @Inject
    ClassBatches batches;

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long id) {
        Certificate c = certificates.find(caller.get(), id);
        byte[] bytes = pdfs.bytes(c);
        return attachment(Response.ok(bytes), c.getNumber() + ".pdf");
    }

    /** Every certificate of a class in one ZIP (one PDF per certificate, named by its number). */
    @GET
    @Path("class/{classId}/zip")
    @Produces("application/zip")
    public Response classZip(@PathParam("classId") long classId) {
        List<Certificate> list = certificates.ofClass(caller.get(), classId);
        StreamingOutput body = out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Certificate c : list) {
                    zip.putNextEntry(new ZipEntry(c.getNumber() + ".pdf"));
                    zip.write(pdfs.bytes(c));
                    zip.closeEntry();
                }
            }
        };
        return attachment(Response.ok(body), "class-" + classId + "-certificates.zip");
    }

    public record BatchProgress(long id, long classId, String state, int total, int issued, int skipped, int failed,
                                java.time.Instant startedAt, java.time.Instant finishedAt) {
        static BatchProgress of(CertificateBatch b) {
            return new BatchProgress(b.getId(), b.getClassId(), b.getState().name(), b.getTotal(), b.getIssued(), b.getSkipped(),
                    b.getFailed(), b.getStartedAt(), b.getFinishedAt());
        }
    }

    /** Starts issuing a completed class's certificates in the background ({@code threads} optional). */
    @POST
    @Path("class/{classId}/batch")
    @Produces(MediaType.APPLICATION_JSON)
    public Response startBatch(@PathParam("classId") long classId, @QueryParam("threads") Integer threads) {
        CertificateBatch b = threads == null ? batches.start(caller.get(), classId) : batches.start(caller.get(), classId, threads);
        return Response.status(Response.Status.ACCEPTED).entity(BatchProgress.of(b)).build();
    }

    @GET
    @Path("batches/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public BatchProgress batch(@PathParam("id") long id) {
        return BatchProgress.of(batches.find(caller.get(), id));
    }

    /** The signed transcript of a worker ("me" for the caller's own). */
    @GET
    @Path("transcripts/{worker}/pdf")
    @Produces("application/pdf")
    public Response transcript(@PathParam("worker") String worker) {
        long workerId = "me".equals(worker) ? caller.get().accountId() : Long.parseLong(worker);
        return attachment(Response.ok(transcripts.pdf(caller.get(), workerId)), "transcript-" + workerId + ".pdf");
    }

    private static Response attachment(Response.ResponseBuilder ok, String filename) {
        return ok.header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .header("Cache-Control", "private, no-store").build();
    }
}
