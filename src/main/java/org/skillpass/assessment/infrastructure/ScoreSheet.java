package org.skillpass.assessment.infrastructure;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.skillpass.assessment.domain.Score;
import org.skillpass.shared.domain.FieldException;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a score sheet (考生 by 身份证号 or 手机号, then 理论 and 实操) for an all-or-nothing import: every
 * problem is reported with its row. Matching rows to the session's candidates is the service's job.
 */
public final class ScoreSheet {

    public static final int MAX_ROWS = 2000;
    public static final List<String> KEYS = List.of("scores.sheet.unreadable", "scores.sheet.empty",
            "scores.sheet.tooManyRows", "scores.sheet.column.missing", "scores.sheet.duplicate", "scores.sheet.who",
            "scores.sheet.unknownCandidate");

    /** One row: who (ID number or mobile, as typed) and the two scores (null when blank). */
    public record Line(int row, String who, BigDecimal theory, BigDecimal practical) {
    }

    public record Problem(int row, String column, String messageKey, Object... args) {
    }

    public record Result(List<Line> lines, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private static final DataFormatter FORMAT = new DataFormatter(Locale.ROOT);

    private ScoreSheet() {
    }

    public static Result read(InputStream xlsx) {
        try (Workbook book = new XSSFWorkbook(xlsx)) {
            if (book.getNumberOfSheets() == 0) {
                return file("scores.sheet.empty");
            }
            int who = -1;
            int theory = -1;
            int practical = -1;
            boolean header = false;
            List<Line> lines = new ArrayList<>();
            List<Problem> problems = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            for (Row r : book.getSheetAt(0)) {
                if (!header) {
                    for (Cell c : r) {
                        String t = text(c).toLowerCase(Locale.ROOT);
                        if (t.equals("身份证号") || t.equals("手机号") || t.equals("考生") || t.equals("candidate")) {
                            who = c.getColumnIndex();
                        } else if (t.equals("理论") || t.equals("theory")) {
                            theory = c.getColumnIndex();
                        } else if (t.equals("实操") || t.equals("practical")) {
                            practical = c.getColumnIndex();
                        }
                    }
                    header = true;
                    if (who < 0 || theory < 0 || practical < 0) {
                        return file("scores.sheet.column.missing");
                    }
                    continue;
                }
                String w = text(r.getCell(who));
                String t = text(r.getCell(theory));
                String p = text(r.getCell(practical));
                if (w.isEmpty() && t.isEmpty() && p.isEmpty()) {
                    continue;
                }
                if (lines.size() + problems.size() >= MAX_ROWS) {
                    return file("scores.sheet.tooManyRows", MAX_ROWS);
                }
                int row = r.getRowNum() + 1;
                int before = problems.size();
                if (w.isEmpty()) {
                    problems.add(new Problem(row, "考生", "scores.sheet.who"));
                } else {
                    Integer earlier = seen.putIfAbsent(w.toUpperCase(Locale.ROOT), row);
                    if (earlier != null) {
                        problems.add(new Problem(row, "考生", "scores.sheet.duplicate", earlier));
                    }
                }
                BigDecimal th = score(t, row, "理论", problems);
                BigDecimal pr = score(p, row, "实操", problems);
                if (problems.size() == before) {
                    lines.add(new Line(row, w, th, pr));
                }
            }
            if (!header || (lines.isEmpty() && problems.isEmpty())) {
                return file("scores.sheet.empty");
            }
            return problems.isEmpty() ? new Result(lines, List.of()) : new Result(List.of(), problems);
        } catch (IOException | RuntimeException e) {
            return file("scores.sheet.unreadable");
        }
    }

    private static BigDecimal score(String text, int row, String column, List<Problem> problems) {
        try {
            return Score.parse(text, column);
        } catch (FieldException e) {
            problems.add(new Problem(row, column, e.messageKey()));
            return null;
        }
    }

    private static String text(Cell c) {
        return c == null ? "" : FORMAT.formatCellValue(c).replace('\u00a0', ' ').strip();
    }

    private static Result file(String key, Object... args) {
        return new Result(List.of(), List.of(new Problem(0, null, key, args)));
    }
}
