package org.skillpass.reporting.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * One table of a dashboard as shown on screen and as exported: translated title and headers, and rows
 * of plain values (text, whole numbers, decimals; null shows as "—"). The page and the xlsx/csv export
 * render the same object, so they hold the same numbers. Rows carry a reference for drill-down links
 * ({@code region:220204}, {@code institution:12}); exports leave it out. No table holds a person's name or
 * ID number: figures are counts over learners, and the only names are those of regions, organisations,
 * occupations and classes.
 */
public record ReportTable(String id, String title, List<Column> columns, List<Row> rows) {

    public enum Kind { TEXT, COUNT, PERCENT, MONEY }

    public record Column(String header, Kind kind) {

        public boolean isNumeric() {
            return kind != Kind.TEXT;
        }
    }

    public record Row(String ref, List<Object> cells) {

        public Object cell(int i) {
            return cells.get(i);
        }

        /** What the screen shows in a cell. */
        public String text(int i) {
            return ReportTable.text(cells.get(i));
        }

        public boolean refersTo(String kind) {
            return ref != null && ref.startsWith(kind + ":");
        }

        public String refId() {
            return ref == null ? null : ref.substring(ref.indexOf(':') + 1);
        }
    }

    public static final String NONE = "—";

    public static String text(Object v) {
        if (v == null) {
            return NONE;
        }
        if (v instanceof BigDecimal b) {
            return b.toPlainString();
        }
        return v.toString();
    }

    public int size() {
        return rows.size();
    }
}
