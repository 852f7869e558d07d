package org.skillpass.subsidy.infrastructure;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.skillpass.shared.web.Messages;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Payment files, plain Java: the export of a payment batch for the bank (xlsx with a summary per payee
 * account and the claim lines, or csv with the lines; UTF-8 with BOM so spreadsheet programs read the
 * Chinese) and the reader of the bank's confirmation (csv in UTF-8 or GBK, or xlsx): one line per claim
 * with its reference, amount and status, found by header names in Chinese or English.
 */
public final class PaymentFiles {

    /** One claim to pay, with the payee's account in full (the file goes to the bank). */
    public record Line(String reference, String payeeType, String accountName, String bankName, String accountNumber,
                       BigDecimal amount, String claimType, String learnerMasked) {
    }

    /** One payee account with its claims' total. */
    public record AccountTotal(String accountName, String bankName, String accountNumber, int claims, BigDecimal total) {
    }

    public enum Status { PAID, FAILED }

    /** One line of the bank's confirmation, as read (numbered from 1, the header row included). */
    public record ConfirmationRow(int row, String reference, BigDecimal amount, Status status, String note) {
    }

    public record RowError(int row, String messageKey, Object... args) {
        public RowError {
            args = args == null ? new Object[0] : args.clone();
        }
    }

    public record Parsed(List<ConfirmationRow> rows, List<RowError> errors) {
    }

    public static final List<String> KEYS = List.of("subsidy.confirm.unreadable", "subsidy.confirm.header",
            "subsidy.confirm.empty", "subsidy.confirm.reference", "subsidy.confirm.amount", "subsidy.confirm.status",
            "subsidy.confirm.duplicate", "subsidy.confirm.tooMany", "subsidy.confirm.amount.mismatch");

    private static final int MAX_ROWS = 50_000;

    private PaymentFiles() {
    }

    /** Lines grouped per account (same name, bank and number), in order of first appearance. */
    public static List<AccountTotal> totals(List<Line> lines) {
        Map<String, AccountTotal> m = new LinkedHashMap<>();
        for (Line l : lines) {
            String key = l.accountName() + "|" + l.bankName() + "|" + l.accountNumber();
            AccountTotal t = m.get(key);
            m.put(key, t == null ? new AccountTotal(l.accountName(), l.bankName(), l.accountNumber(), 1, l.amount())
                    : new AccountTotal(t.accountName(), t.bankName(), t.accountNumber(), t.claims() + 1, t.total().add(l.amount())));
        }
        return List.copyOf(m.values());
    }

    public static byte[] xlsx(List<Line> lines, Locale l) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font f = wb.createFont();
            f.setBold(true);
            bold.setFont(f);
            Sheet summary = wb.createSheet(Messages.text(l, "subsidy.payment.sheet.summary"));
            header(summary, bold, Messages.text(l, "subsidy.account.name"), Messages.text(l, "subsidy.account.bank"),
                    Messages.text(l, "subsidy.account.number"), Messages.text(l, "subsidy.payment.col.claims"),
                    Messages.text(l, "subsidy.payment.col.total"));
            int i = 1;
            for (AccountTotal t : totals(lines)) {
                Row r = summary.createRow(i++);
                r.createCell(0).setCellValue(t.accountName());
                r.createCell(1).setCellValue(t.bankName());
                r.createCell(2).setCellValue(t.accountNumber());
                r.createCell(3).setCellValue(t.claims());
                r.createCell(4).setCellValue(t.total().doubleValue());
            }
            Sheet detail = wb.createSheet(Messages.text(l, "subsidy.payment.sheet.lines"));
            header(detail, bold, Messages.text(l, "subsidy.claim.reference"), Messages.text(l, "subsidy.claim.payee"),
                    Messages.text(l, "subsidy.account.name"), Messages.text(l, "subsidy.account.bank"),
                    Messages.text(l, "subsidy.account.number"), Messages.text(l, "subsidy.claim.amount"),
                    Messages.text(l, "subsidy.claim.type"), Messages.text(l, "subsidy.payment.col.learner"));
            i = 1;
            for (Line line : lines) {
                Row r = detail.createRow(i++);
                r.createCell(0).setCellValue(line.reference());
                r.createCell(1).setCellValue(Messages.text(l, "subsidy.payee." + line.payeeType()));
                r.createCell(2).setCellValue(line.accountName());
                r.createCell(3).setCellValue(line.bankName());
                r.createCell(4).setCellValue(line.accountNumber());
                r.createCell(5).setCellValue(line.amount().doubleValue());
                r.createCell(6).setCellValue(Messages.text(l, "subsidy.type." + line.claimType()));
                r.createCell(7).setCellValue(line.learnerMasked());
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Sheet sheet, CellStyle bold, String... names) {
        Row r = sheet.createRow(0);
        for (int c = 0; c < names.length; c++) {
            r.createCell(c).setCellValue(names[c]);
            r.getCell(c).setCellStyle(bold);
            sheet.setColumnWidth(c, 6000);
        }
    }

    /** The lines as csv (UTF-8 with BOM): reference, payee type, account name, bank, number, amount, claim type, learner. */
    public static byte[] csv(List<Line> lines) {
        StringBuilder b = new StringBuilder("\uFEFF");
        b.append("reference,payee,account_name,bank,account_number,amount,claim_type,learner\r\n");
        for (Line l : lines) {
            b.append(field(l.reference())).append(',').append(field(l.payeeType())).append(',').append(field(l.accountName()))
                    .append(',').append(field(l.bankName())).append(',').append(field(l.accountNumber())).append(',')
                    .append(l.amount().setScale(2).toPlainString()).append(',').append(field(l.claimType())).append(',')
                    .append(field(l.learnerMasked())).append("\r\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String field(String s) {
        if (s == null) {
            return "";
        }
        // a leading = + - @ would be a formula in a spreadsheet; quote everything that needs it
        String t = s.matches("^[=+\\-@].*") ? "'" + s : s;
        return t.matches(".*[\",\\r\\n].*") ? "\"" + t.replace("\"", "\"\"") + "\"" : t;
    }

    // ---- the bank's confirmation ---------------------------------------------------------------------------

    /** Reads the confirmation; every problem is reported with its row, and nothing is trusted half-read. */
    public static Parsed parse(byte[] content) {
        List<List<String>> table;
        try {
            table = isXlsx(content) ? readXlsx(content) : readCsv(decode(content));
        } catch (RuntimeException | IOException e) {
            return new Parsed(List.of(), List.of(new RowError(0, "subsidy.confirm.unreadable")));
        }
        if (table.isEmpty()) {
            return new Parsed(List.of(), List.of(new RowError(0, "subsidy.confirm.empty")));
        }
        List<String> head = table.get(0);
        int ref = column(head, "reference", "claim_reference", "申请编号", "编号", "业务编号");
        int amount = column(head, "amount", "金额", "支付金额");
        int status = column(head, "status", "状态", "结果", "支付状态");
        int note = column(head, "note", "reason", "备注", "原因", "失败原因");
        if (ref < 0 || amount < 0 || status < 0) {
            return new Parsed(List.of(), List.of(new RowError(1, "subsidy.confirm.header")));
        }
        List<ConfirmationRow> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        if (table.size() - 1 > MAX_ROWS) {
            return new Parsed(List.of(), List.of(new RowError(0, "subsidy.confirm.tooMany", MAX_ROWS)));
        }
        for (int i = 1; i < table.size(); i++) {
            List<String> cells = table.get(i);
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            int rowNo = i + 1;
            String r = cell(cells, ref);
            String a = cell(cells, amount);
            String s = cell(cells, status);
            BigDecimal value = null;
            try {
                value = new BigDecimal(a.replace(",", "").replace("¥", "").strip());
            } catch (NumberFormatException e) {
                errors.add(new RowError(rowNo, "subsidy.confirm.amount", a));
            }
            Status st = status(s);
            if (st == null) {
                errors.add(new RowError(rowNo, "subsidy.confirm.status", s));
            }
            if (r.isBlank()) {
                errors.add(new RowError(rowNo, "subsidy.confirm.reference", r));
            }
            rows.add(new ConfirmationRow(rowNo, r.strip(), value, st, note < 0 ? null : cell(cells, note)));
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(new RowError(0, "subsidy.confirm.empty"));
        }
        return new Parsed(rows, errors);
    }

    static Status status(String s) {
        String t = s == null ? "" : s.strip().toUpperCase(Locale.ROOT);
        return switch (t) {
            case "PAID", "SUCCESS", "SUCCEEDED", "OK", "成功", "已支付", "支付成功" -> Status.PAID;
            case "FAILED", "FAIL", "FAILURE", "REJECTED", "失败", "退回", "支付失败" -> Status.FAILED;
            default -> null;
        };
    }

    private static int column(List<String> head, String... names) {
        for (int i = 0; i < head.size(); i++) {
            String h = head.get(i) == null ? "" : head.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
            for (String n : names) {
                if (h.equals(n)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static String cell(List<String> cells, int i) {
        return i < cells.size() && cells.get(i) != null ? cells.get(i) : "";
    }

    private static boolean isXlsx(byte[] c) {
        return c.length > 4 && c[0] == 'P' && c[1] == 'K' && c[2] == 3 && c[3] == 4;
    }

    private static List<List<String>> readXlsx(byte[] content) throws IOException {
        List<List<String>> out = new ArrayList<>();
        DataFormatter fmt = new DataFormatter(Locale.ROOT);
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = wb.getSheetAt(0);
            for (Row r : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, r.getLastCellNum()); c++) {
                    Cell cell = r.getCell(c);
                    if (cell == null) {
                        cells.add("");
                    } else if (cell.getCellType() == CellType.NUMERIC) {
                        cells.add(BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString());
                    } else {
                        cells.add(fmt.formatCellValue(cell));
                    }
                }
                while (out.size() < r.getRowNum()) {
                    out.add(List.of());
                }
                out.add(cells);
                if (out.size() > MAX_ROWS + 2) {
                    break;
                }
            }
        }
        return out;
    }

    /** UTF-8 when the bytes are valid UTF-8 (BOM dropped), else GBK, which Chinese banks often send. */
    static String decode(byte[] content) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            return new String(content, Charset.forName("GBK"));
        }
    }

    /** RFC 4180 csv: quoted fields may hold commas, quotes ("") and line breaks. */
    static List<List<String>> readCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    f.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',' || ch == '\t') {
                row.add(f.toString());
                f.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(f.toString());
                f.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                if (rows.size() > MAX_ROWS + 2) {
                    return rows;
                }
            } else {
                f.append(ch);
            }
        }
        if (f.length() > 0 || !row.isEmpty()) {
            row.add(f.toString());
            rows.add(row);
        }
        return rows;
    }
}
