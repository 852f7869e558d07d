package org.skillpass.subsidy.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.skillpass.identity.application.CurrentCaller;
import org.skillpass.identity.domain.Role;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.web.LocaleBean;
import org.skillpass.subsidy.application.NoticeService;
import org.skillpass.subsidy.application.PaymentService;
import org.skillpass.subsidy.application.ReviewService;
import org.skillpass.subsidy.application.SubsidyFiles;
import org.skillpass.subsidy.domain.PublicNotice;
import org.skillpass.subsidy.infrastructure.PaymentFiles;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The subsidy API for HR bureaus and integrations: batch approval ({@code POST /api/subsidies/claims/approve}
 * with {@code {"ids": [...], "versions": {"id": version}}}), publishing a region's notice, payment batch
 * exports (xlsx/csv) and a claim's evidence files. Scoped by the same services as the pages.
 */
@Path("subsidies")
@RequestScoped
public class SubsidyResource {

    @Inject
    CurrentCaller caller;

    @Inject
    ReviewService review;

    @Inject
    NoticeService notices;

    @Inject
    PaymentService payments;

    @Inject
    SubsidyFiles files;

    @jakarta.ws.rs.core.Context
    HttpHeaders headers;

    /** The claims to approve and, optionally, the version of each that the officer saw. */
    public static class ApproveRequest {
        public List<Long> ids;
        public Map<String, Long> versions;
    }

    public record ApproveResponse(int approved, List<ReviewService.Skipped> skipped, long millis) {
    }

    @POST
    @Path("claims/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.HR_OFFICER, Role.Names.ADMIN})
    public ApproveResponse approve(ApproveRequest request) {
        if (request == null) {
            throw new DomainException("subsidy.batch.empty");
        }
        Map<Long, Long> versions = new java.util.HashMap<>();
        if (request.versions != null) {
            request.versions.forEach((k, v) -> versions.put(Long.valueOf(k), v));
        }
        ReviewService.BatchResult r = review.approveBatch(caller.get(), request.ids, versions);
        return new ApproveResponse(r.approved(), r.skipped(), r.millis());
    }

    public record NoticeSummary(long id, String title, String publishedOn, String endsOn, int claims, String total, long millis) {
    }

    /** Publishes the approved claims of the caller's region (or {@code region} for an admin) as a notice from today. */
    @POST
    @Path("notices")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.HR_OFFICER, Role.Names.ADMIN})
    public Response publish(@QueryParam("region") String region) {
        long started = System.nanoTime();
        PublicNotice n = notices.publish(caller.get(), region, null);
        return Response.status(Response.Status.CREATED).entity(new NoticeSummary(n.getId(), n.getTitle(),
                n.getPublishedOn().toString(), n.getEndsOn().toString(), n.getClaimCount(), n.getTotalAmount().toPlainString(),
                (System.nanoTime() - started) / 1_000_000)).build();
    }

    @GET
    @Path("payments/{id}/xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @RolesAllowed({Role.Names.HR_OFFICER, Role.Names.ADMIN})
    public Response paymentXlsx(@PathParam("id") long id) {
        return attachment(PaymentFiles.xlsx(payments.exportLines(caller.get(), id, "xlsx"), locale()), "payment-" + id + ".xlsx");
    }

    @GET
    @Path("payments/{id}/csv")
    @Produces("text/csv; charset=UTF-8")
    @RolesAllowed({Role.Names.HR_OFFICER, Role.Names.ADMIN})
    public Response paymentCsv(@PathParam("id") long id) {
        return attachment(PaymentFiles.csv(payments.exportLines(caller.get(), id, "csv")), "payment-" + id + ".csv");
    }

    @GET
    @Path("claims/{id}/files/{fileId}")
    @RolesAllowed({Role.Names.WORKER, Role.Names.INSTITUTION_STAFF, Role.Names.ASSESSOR, Role.Names.EMPLOYER,
            Role.Names.HR_OFFICER, Role.Names.ADMIN})
    public Response file(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        SubsidyFiles.Content c = review.file(caller.get(), id, fileId);
        return Response.ok(c.bytes(), c.file().contentType())
                .header("Content-Disposition", "inline; filename=\"file-" + fileId + extension(c.file().contentType()) + "\"")
                .header("Cache-Control", "private, no-store").header("X-Content-Type-Options", "nosniff").build();
    }

    private static String extension(String type) {
        return switch (type) {
            case "application/pdf" -> ".pdf";
            case "image/png" -> ".png";
            default -> ".jpg";
        };
    }

    private Locale locale() {
        return headers == null || headers.getAcceptableLanguages().isEmpty() ? LocaleBean.DEFAULT
                : LocaleBean.supported(headers.getAcceptableLanguages().get(0));
    }

    static Response attachment(byte[] body, String filename) {
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .header("Cache-Control", "private, no-store").build();
    }
}
