package org.skillpass.subsidy.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.skillpass.shared.web.LocaleBean;
import org.skillpass.subsidy.application.NoticeService;
import org.skillpass.subsidy.domain.PublicNotice;
import org.skillpass.subsidy.infrastructure.NoticeDocuments;

import java.util.Locale;

/** The public notice (公示) as files, no login: {@code /api/notices/{id}/pdf} and {@code /api/notices/{id}/xlsx}. */
@Path("notices")
@RequestScoped
public class NoticeResource {

    @Inject
    NoticeService notices;

    @Inject
    NoticeDocuments documents;

    @Context
    HttpHeaders headers;

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long id) {
        PublicNotice n = notices.notice(id);
        return file(documents.pdf(n, notices.allRows(id), locale()), "notice-" + id + ".pdf", "application/pdf");
    }

    @GET
    @Path("{id}/xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response xlsx(@PathParam("id") long id) {
        PublicNotice n = notices.notice(id);
        return file(documents.xlsx(n, notices.allRows(id), locale()), "notice-" + id + ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    private Locale locale() {
        return headers == null || headers.getAcceptableLanguages().isEmpty() ? LocaleBean.DEFAULT
                : LocaleBean.supported(headers.getAcceptableLanguages().get(0));
    }

    private static Response file(byte[] body, String name, String type) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
