package org.skillpass.certificate.infrastructure.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A plain tabular A4 document with the certificate fonts (Noto Sans SC, embedded as subsets): a title,
 * a few information lines, one table that breaks across pages with its header repeated, a footer and
 * "第 i 页 / 共 N 页" on every page. Used for lists other contexts publish, such as the subsidy notice
 * (公示). Characters the fonts cannot draw become "?" rather than failing a whole list. Stateless and safe
 * to share between threads (fonts are per thread, see {@link FontCache}).
 */
public final class TableRenderer {

    /**
     * What to draw. {@code widths} are relative column weights; {@code pageNumber} a MessageFormat pattern
     * with {0} this page and {1} the page count.
     */
    public record Document(String title, List<String> infoLines, List<String> columns, float[] widths,
                           List<List<String>> rows, String footer, String pageNumber, LocalDate date, boolean landscape) {
        public Document {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(columns, "columns");
            Objects.requireNonNull(widths, "widths");
            infoLines = infoLines == null ? List.of() : List.copyOf(infoLines);
            rows = rows == null ? List.of() : List.copyOf(rows);
            footer = footer == null ? "" : footer;
            pageNumber = pageNumber == null ? "{0} / {1}" : pageNumber;
            date = date == null ? LocalDate.now() : date;
            if (widths.length != columns.size()) {
                throw new IllegalArgumentException("one width per column");
            }
        }
    }

    private static final float MARGIN = 36;
    private static final float TITLE_SIZE = 16;
    private static final float INFO_SIZE = 9.5f;
    private static final float HEADER_SIZE = 9;
    private static final float BODY_SIZE = 8.5f;
    private static final float FOOTER_SIZE = 7.5f;
    private static final float PADDING = 3;
    private static final Color ACCENT = new Color(0x9E, 0x1B, 0x1B);
    private static final Color TEXT = new Color(0x1A, 0x1A, 0x1A);
    private static final Color GRID = new Color(0x9A, 0x9A, 0x9A);
    private static final Color HEADER_FILL = new Color(0xEF, 0xE6, 0xD8);

    public byte[] render(Document d) {
        FontCache fonts = FontCache.get();
        try (PDDocument doc = new PDDocument()) {
            Writer w = new Writer(doc, d, fonts, PDType0Font.load(doc, fonts.regular(), true),
                    PDType0Font.load(doc, fonts.bold(), true));
            w.run();
            Pdfs.metadata(doc, Pdfs.oneLine(d.title()), Pdfs.oneLine(d.title()), d.date(),
                    d.title() + "|" + d.rows().size() + "|" + d.rows().hashCode());
            return Pdfs.save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + d.title(), e);
        }
    }

    private static final class Writer {
        private final PDDocument doc;
        private final Document d;
        private final FontCache fonts;
        private final PDType0Font regular;
        private final PDType0Font bold;
        private final PDRectangle size;
        private final float[] columns;
        private final List<PDPage> pages = new ArrayList<>();
        private PDPageContentStream cs;
        private float y;

        Writer(PDDocument doc, Document d, FontCache fonts, PDType0Font regular, PDType0Font bold) {
            this.doc = doc;
            this.d = d;
            this.fonts = fonts;
            this.regular = regular;
            this.bold = bold;
            this.size = d.landscape() ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()) : PDRectangle.A4;
            float sum = 0;
            for (float w : d.widths()) {
                sum += w;
            }
            columns = new float[d.widths().length];
            for (int i = 0; i < columns.length; i++) {
                columns[i] = (size.getWidth() - 2 * MARGIN) * d.widths()[i] / sum;
            }
        }

        private float bottom() {
            return MARGIN + FOOTER_SIZE * 2 + 6;
        }

        void run() throws IOException {
            newPage();
            y -= TITLE_SIZE;
            String title = clean(d.title());
            Pdfs.centred(cs, bold, Pdfs.fit(bold, TITLE_SIZE, title, size.getWidth() - 2 * MARGIN), ACCENT,
                    size.getWidth() / 2, y, title);
            y -= 8;
            for (String line : d.infoLines()) {
                for (String part : wrap(clean(line), regular, INFO_SIZE, size.getWidth() - 2 * MARGIN)) {
                    y -= INFO_SIZE * 1.6f;
                    Pdfs.text(cs, regular, INFO_SIZE, TEXT, MARGIN, y, part);
                }
            }
            y -= 8;
            List<String> header = d.columns().stream().map(this::clean).toList();
            float headerHeight = rowHeight(header, bold, HEADER_SIZE);
            row(header, bold, HEADER_SIZE, headerHeight, true);
            for (List<String> r : d.rows()) {
                List<String> cells = r.stream().map(this::clean).toList();
                float h = rowHeight(cells, regular, BODY_SIZE);
                if (y - h < bottom()) {
                    newPage();
                    row(header, bold, HEADER_SIZE, headerHeight, true);
                }
                row(cells, regular, BODY_SIZE, h, false);
            }
            cs.close();
            float footerY = MARGIN;
            MessageFormat numbering = new MessageFormat(d.pageNumber(), Locale.ROOT);
            for (int i = 0; i < pages.size(); i++) {
                try (PDPageContentStream f = new PDPageContentStream(doc, pages.get(i), PDPageContentStream.AppendMode.APPEND, true)) {
                    String footer = clean(d.footer());
                    if (!footer.isEmpty()) {
                        Pdfs.text(f, regular, Pdfs.fit(regular, FOOTER_SIZE, footer, size.getWidth() - 2 * MARGIN - 80), GRID,
                                MARGIN, footerY, footer);
                    }
                    Pdfs.rightAligned(f, regular, FOOTER_SIZE, GRID, size.getWidth() - MARGIN, footerY,
                            clean(numbering.format(new Object[]{i + 1, pages.size()})));
                }
            }
        }

        /** Text the fonts can draw: line breaks become spaces, unknown characters "?". */
        private String clean(String s) {
            String t = Pdfs.oneLine(s);
            int cp = fonts.firstMissing(t);
            while (cp >= 0) {
                t = t.replace(new String(Character.toChars(cp)), "?");
                cp = fonts.firstMissing(t);
            }
            return t;
        }

        private void newPage() throws IOException {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(size);
            doc.addPage(page);
            pages.add(page);
            cs = new PDPageContentStream(doc, page);
            y = size.getHeight() - MARGIN;
        }

        private float rowHeight(List<String> cells, PDType0Font font, float fontSize) throws IOException {
            int lines = 1;
            for (int i = 0; i < columns.length; i++) {
                lines = Math.max(lines, wrap(i < cells.size() ? cells.get(i) : "", font, fontSize, columns[i] - 2 * PADDING).size());
            }
            return lines * fontSize * 1.3f + 2 * PADDING;
        }

        private void row(List<String> cells, PDType0Font font, float fontSize, float h, boolean header) throws IOException {
            float tableWidth = size.getWidth() - 2 * MARGIN;
            if (header) {
                cs.setNonStrokingColor(HEADER_FILL);
                cs.addRect(MARGIN, y - h, tableWidth, h);
                cs.fill();
            }
            cs.setStrokingColor(GRID);
            cs.setLineWidth(0.4f);
            cs.addRect(MARGIN, y - h, tableWidth, h);
            cs.stroke();
            float x = MARGIN;
            for (int i = 0; i < columns.length; i++) {
                if (i > 0) {
                    cs.moveTo(x, y);
                    cs.lineTo(x, y - h);
                    cs.stroke();
                }
                float lineY = y - PADDING - fontSize;
                for (String line : wrap(i < cells.size() ? cells.get(i) : "", font, fontSize, columns[i] - 2 * PADDING)) {
                    Pdfs.text(cs, font, fontSize, TEXT, x + PADDING, lineY, line);
                    lineY -= fontSize * 1.3f;
                }
                x += columns[i];
            }
            y -= h;
        }

        private static List<String> wrap(String s, PDType0Font font, float fontSize, float maxWidth) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            float lineWidth = 0;
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                float w = Pdfs.width(font, fontSize, ch);
                if (lineWidth + w > maxWidth && line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                }
                line.append(ch);
                lineWidth += w;
                i += Character.charCount(cp);
            }
            lines.add(line.toString());
            return lines;
        }
    }
}
