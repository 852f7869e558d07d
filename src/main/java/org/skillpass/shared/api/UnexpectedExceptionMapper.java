package org.skillpass.shared.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** API clients get JSON, never the HTML error page: JAX-RS's own statuses pass, anything else is a logged 500. */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(RuntimeException e) {
        if (e instanceof WebApplicationException wae) {
            Response r = wae.getResponse();
            return Response.status(r.getStatus()).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new DomainExceptionMapper.Problem(r.getStatus(), "http." + r.getStatus(),
                            r.getStatusInfo().getReasonPhrase(), null)).build();
        }
        String ref = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "API request failed, reference " + ref, e);
        return Response.serverError().type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new DomainExceptionMapper.Problem(500, "error.internal", "internal error, reference " + ref, null))
                .build();
    }
}
