package org.skillpass.reporting.api;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.skillpass.reporting.application.ReportTable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A report table as a file: xlsx (a sheet named after the table: header row, then the rows; numbers as
 * numeric cells) or csv (UTF-8 with a byte-order mark so spreadsheet programs read Chinese, RFC 4180
 * quoting). What the screen shows as "—" is written as "—". Text that a spreadsheet would take for a
 * formula (= + - @ at the start) is prefixed with an apostrophe in csv.
 */
public final class TableFiles {

    private TableFiles() {
    }

    public static byte[] xlsx(ReportTable table, List<String> notes) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(sheetName(table.title()));
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0"));
            Row h = sheet.createRow(0);
            for (int c = 0; c < table.columns().size(); c++) {
                Cell cell = h.createCell(c);
                cell.setCellValue(table.columns().get(c).header());
                cell.setCellStyle(header);
            }
            for (int r = 0; r < table.rows().size(); r++) {
                Row row = sheet.createRow(r + 1);
                ReportTable.Row data = table.rows().get(r);
                for (int c = 0; c < table.columns().size(); c++) {
                    Object v = data.cell(c);
                    Cell cell = row.createCell(c);
                    if (v instanceof Long || v instanceof Integer) {
                        cell.setCellValue(((Number) v).doubleValue());
                    } else if (v instanceof BigDecimal b) {
                        cell.setCellValue(b.doubleValue());
                        cell.setCellStyle(table.columns().get(c).kind() == ReportTable.Kind.MONEY ? money : percent);
                    } else {
                        cell.setCellValue(ReportTable.text(v));
                    }
                }
            }
            if (notes != null && !notes.isEmpty()) {
                Sheet about = wb.createSheet("i");
                for (int i = 0; i < notes.size(); i++) {
                    about.createRow(i).createCell(0).setCellValue(notes.get(i));
                }
            }
            for (int c = 0; c < table.columns().size(); c++) {
                sheet.setColumnWidth(c, Math.min(60, Math.max(10, table.columns().get(c).header().length() * 2 + 4)) * 256);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] csv(ReportTable table) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        for (int c = 0; c < table.columns().size(); c++) {
            if (c > 0) {
                sb.append(',');
            }
            sb.append(field(table.columns().get(c).header()));
        }
        sb.append("\r\n");
        for (ReportTable.Row row : table.rows()) {
            for (int c = 0; c < table.columns().size(); c++) {
                if (c > 0) {
                    sb.append(',');
                }
                Object v = row.cell(c);
                sb.append(v instanceof Number ? ReportTable.text(v) : field(ReportTable.text(v)));
            }
            sb.append("\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String field(String text) {
        String s = text;
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    /** Excel sheet names: at most 31 characters, none of []:*?/\ . */
    static String sheetName(String title) {
        String s = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return s.isEmpty() ? "report" : s.length() > 31 ? s.substring(0, 31) : s;
    }
}
