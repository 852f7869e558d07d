package org.skillpass.shared.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.skillpass.shared.domain.AccessDeniedException;
import org.skillpass.shared.domain.DomainException;
import org.skillpass.shared.domain.FieldException;
import org.skillpass.shared.domain.NotFoundException;
import org.skillpass.shared.web.LocaleBean;
import org.skillpass.shared.web.Messages;

import java.util.Locale;

/**
 * A broken rule becomes a JSON problem in the client's language (Accept-Language, zh-CN by default):
 * 404 for not found or out of scope, 403 for a missing role, 422 for bad input.
 */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Context
    HttpHeaders headers;

    public record Problem(int status, String code, String message, String field) {
    }

    @Override
    public Response toResponse(DomainException e) {
        int status = e instanceof NotFoundException ? 404 : e instanceof AccessDeniedException ? 403 : 422;
        Locale locale = headers == null || headers.getAcceptableLanguages().isEmpty() ? LocaleBean.DEFAULT
                : LocaleBean.supported(headers.getAcceptableLanguages().get(0));
        String field = e instanceof FieldException fe ? fe.field() : null;
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new Problem(status, e.messageKey(), Messages.text(locale, e.messageKey(), e.args()), field))
                .build();
    }
}
