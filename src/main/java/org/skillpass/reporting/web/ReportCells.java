package org.skillpass.reporting.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.skillpass.reporting.application.ReportTable;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The HTML of one report cell: the value, escaped, and in the first column of a row that refers to a region,
 * an institution or an order, a drill-down link. One output component per cell instead of one per possible
 * link keeps the dashboards' rendering cheap (a province dashboard has several hundred cells).
 */
@Named
@ApplicationScoped
public class ReportCells {

    public String html(ReportTable.Row row, int column, String period, String region) {
        String text = escape(row.text(column));
        if (column != 0 || row.ref() == null) {
            return text;
        }
        String ctx = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        String id = enc(row.refId());
        String href;
        String kind;
        if (row.refersTo("region")) {
            kind = "region";
            href = ctx + "/reporting/dashboard.xhtml?region=" + id + param("period", period);
        } else if (row.refersTo("institution")) {
            kind = "institution";
            href = ctx + "/reporting/institution.xhtml?id=" + id + param("period", period) + param("region", region);
        } else if (row.refersTo("order")) {
            kind = "order";
            href = ctx + "/enrolment/order.xhtml?id=" + id;
        } else {
            return text;
        }
        return "<a href=\"" + escape(href) + "\" class=\"sp-drill sp-drill-" + kind + "\" data-ref=\"" + escape(row.ref()) + "\">"
                + text + "</a>";
    }

    private static String param(String name, String value) {
        return value == null || value.isBlank() ? "" : "&" + name + "=" + enc(value);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
