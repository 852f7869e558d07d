package org.skillpass.subsidy.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.skillpass.certificate.infrastructure.pdf.TableRenderer;
import org.skillpass.shared.web.Messages;
import org.skillpass.subsidy.application.NoticeService.NoticeRow;
import org.skillpass.subsidy.domain.PublicNotice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The public notice as files: a PDF table (the certificate engine's {@link TableRenderer}, Noto Sans SC
 * subset) and an xlsx sheet (Apache POI, streamed so ten thousand rows stay small in memory). Both hold
 * only what the page shows: masked names and ID numbers.
 */
@ApplicationScoped
public class NoticeDocuments {

    private static final TableRenderer RENDERER = new TableRenderer();
    private static final float[] WIDTHS = {4, 11, 8, 15, 10, 16, 20, 9};

    private static List<String> columns(Locale l) {
        return List.of(Messages.text(l, "subsidy.notice.col.no"), Messages.text(l, "subsidy.claim.reference"),
                Messages.text(l, "subsidy.notice.col.name"), Messages.text(l, "subsidy.notice.col.id"),
                Messages.text(l, "subsidy.claim.type"), Messages.text(l, "subsidy.claim.occupation"),
                Messages.text(l, "subsidy.claim.organisation"), Messages.text(l, "subsidy.claim.amount"));
    }

    private static List<String> cells(NoticeRow r, Locale l) {
        String occupation = (r.occupation() == null ? "" : r.occupation())
                + (r.level() == null ? "" : " " + Messages.text(l, "level." + r.level()));
        return List.of(String.valueOf(r.no()), r.reference(), r.name(), r.idMasked(), Messages.text(l, "subsidy.type." + r.type()),
                occupation, r.organisation() == null ? "" : r.organisation(), money(r.amount()));
    }

    private static List<String> info(PublicNotice n, List<NoticeRow> rows, Locale l) {
        BigDecimal total = rows.stream().map(NoticeRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return List.of(Messages.text(l, "subsidy.notice.period", n.getPublishedOn().toString(), n.getEndsOn().toString(),
                        n.getWorkingDays()),
                Messages.text(l, "subsidy.notice.summary", rows.size(), total),
                Messages.text(l, "subsidy.notice.objectHint"));
    }

    public byte[] pdf(PublicNotice n, List<NoticeRow> rows, Locale l) {
        List<List<String>> body = new ArrayList<>(rows.size());
        for (NoticeRow r : rows) {
            body.add(cells(r, l));
        }
        return RENDERER.render(new TableRenderer.Document(n.getTitle(), info(n, rows, l), columns(l), WIDTHS, body,
                Messages.text(l, "subsidy.notice.footer"), Messages.text(l, "subsidy.notice.pageNumber"), n.getPublishedOn(), true));
    }

    public byte[] xlsx(PublicNotice n, List<NoticeRow> rows, Locale l) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(Messages.text(l, "subsidy.notice.sheet"));
            CellStyle bold = wb.createCellStyle();
            Font f = wb.createFont();
            f.setBold(true);
            bold.setFont(f);
            int i = 0;
            Row title = sheet.createRow(i++);
            title.createCell(0).setCellValue(n.getTitle());
            title.getCell(0).setCellStyle(bold);
            for (String line : info(n, rows, l)) {
                sheet.createRow(i++).createCell(0).setCellValue(line);
            }
            i++;
            Row header = sheet.createRow(i++);
            List<String> cols = columns(l);
            for (int c = 0; c < cols.size(); c++) {
                header.createCell(c).setCellValue(cols.get(c));
                header.getCell(c).setCellStyle(bold);
            }
            for (NoticeRow r : rows) {
                Row row = sheet.createRow(i++);
                List<String> cells = cells(r, l);
                for (int c = 0; c < cells.size() - 1; c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
                row.createCell(cells.size() - 1).setCellValue(r.amount().doubleValue());
            }
            for (int c = 0; c < cols.size(); c++) {
                sheet.setColumnWidth(c, (int) (WIDTHS[c] * 500));
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String money(BigDecimal n) {
        return n == null ? "" : String.format(Locale.ROOT, "%,.2f", n.setScale(2, RoundingMode.HALF_UP));
    }
}
