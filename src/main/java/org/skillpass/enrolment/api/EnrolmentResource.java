package org.skillpass.enrolment.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.skillpass.enrolment.application.EnrolmentService;
import org.skillpass.enrolment.domain.Enrolment;
import org.skillpass.enrolment.domain.EnrolmentState;
import org.skillpass.enrolment.domain.LearnerCategory;
import org.skillpass.enrolment.domain.LearnerStatus;
import org.skillpass.identity.application.CurrentCaller;
import org.skillpass.identity.domain.Role;
import org.skillpass.shared.domain.FieldException;
import org.skillpass.shared.domain.PageRequest;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A worker's own enrolments over REST: {@code POST /api/enrolments} with {@code {"classId": 12, "category":
 * "RURAL_TRANSFER", "status": "UNEMPLOYED"}} enrols the caller (201 with the state: CONFIRMED when a seat was
 * free, WAITLISTED when the class is full), {@code GET /api/enrolments/mine} lists them, newest first. The
 * same service as the class page, so the same rules hold: seats are decided under the class's row lock and
 * a broken rule is a JSON problem (DomainExceptionMapper: 404 unknown class, 422 closed class or already
 * enrolled, 403 not a worker).
 */
@Path("enrolments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.WORKER)
public class EnrolmentResource {

    @Inject
    EnrolmentService enrolments;

    @Inject
    CurrentCaller caller;

    /** The request body; enum values by name (case-insensitive), status optional. */
    public static class EnrolRequest {
        public Long classId;
        public String category;
        public String status;
    }

    public record EnrolmentView(long id, long classId, EnrolmentState state, LearnerCategory category,
                                LearnerStatus status, Instant appliedAt, Instant confirmedAt) {
        static EnrolmentView of(Enrolment e) {
            return new EnrolmentView(e.getId(), e.getClassId(), e.getState(), e.getCategory(), e.getLearnerStatus(),
                    e.getAppliedAt(), e.getConfirmedAt());
        }
    }

    public record PageView(List<EnrolmentView> rows, long total, int offset, int size) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response enrol(EnrolRequest request) {
        if (request == null || request.classId == null) {
            throw new FieldException("classId", "enrolment.class.required");
        }
        LearnerCategory category = parse(LearnerCategory.class, request.category, "category", "enrolment.category.required");
        LearnerStatus status = request.status == null || request.status.isBlank() ? LearnerStatus.UNSPECIFIED
                : parse(LearnerStatus.class, request.status, "status", "enrolment.status.invalid");
        Enrolment e = enrolments.enrol(caller.get(), request.classId, category, status);
        return Response.status(Response.Status.CREATED).entity(EnrolmentView.of(e)).build();
    }

    @GET
    @Path("mine")
    public PageView mine(@QueryParam("offset") @DefaultValue("0") int offset,
                         @QueryParam("size") @DefaultValue("50") int size) {
        PageRequest request = new PageRequest(offset, size, null, false, java.util.Map.of());
        var page = enrolments.mine(caller.get(), request);
        return new PageView(page.rows().stream().map(EnrolmentView::of).toList(), page.total(), request.offset(),
                request.size());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, String messageKey) {
        if (value == null || value.isBlank()) {
            throw new FieldException(field, messageKey);
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new FieldException(field, messageKey);
        }
    }
}
