package org.skillpass.reporting.web;

import java.util.List;
import java.util.Locale;

/**
 * Chart.js configurations (JSON) for {@code <p:chart value="…">} (PrimeFaces 15 passes the JSON to
 * Chart.js 4 as it is). Bar charts only: one or more datasets over labels, vertical or horizontal.
 */
public final class ChartJson {

    /** Colours that stay apart for people with the common colour-vision deficiencies. */
    public static final List<String> COLOURS = List.of("#0b5cad", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00");

    public record Dataset(String label, List<? extends Number> data) {
    }

    private ChartJson() {
    }

    public static String bar(List<String> labels, List<Dataset> datasets, boolean horizontal) {
        StringBuilder sb = new StringBuilder("{\"type\":\"bar\",\"data\":{\"labels\":[");
        for (int i = 0; i < labels.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(str(labels.get(i)));
        }
        sb.append("],\"datasets\":[");
        for (int d = 0; d < datasets.size(); d++) {
            Dataset ds = datasets.get(d);
            sb.append(d == 0 ? "" : ",").append("{\"label\":").append(str(ds.label())).append(",\"backgroundColor\":")
                    .append(str(COLOURS.get(d % COLOURS.size()))).append(",\"data\":[");
            for (int i = 0; i < ds.data().size(); i++) {
                Number n = ds.data().get(i);
                sb.append(i == 0 ? "" : ",").append(n == null ? "0" : number(n));
            }
            sb.append("]}");
        }
        sb.append("]},\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,\"animation\":false,");
        if (horizontal) {
            sb.append("\"indexAxis\":\"y\",");
        }
        sb.append("\"plugins\":{\"legend\":{\"display\":").append(datasets.size() > 1).append("}},")
                .append("\"scales\":{\"").append(horizontal ? "x" : "y").append("\":{\"beginAtZero\":true}}}}");
        return sb.toString();
    }

    static String number(Number n) {
        double d = n.doubleValue();
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.2f", d);
    }

    static String str(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : (s == null ? "" : s).toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '<' -> sb.append("\\u003c"); // never closes a script element when embedded in the page
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
