package org.skillpass.catalog.infrastructure;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.skillpass.catalog.domain.SkillLevel;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an occupation catalog sheet (职业编码, 职业名称, 英文名称, 等级, 急需紧缺, 特种作业) for an admin's
 * import. Like the roster import it is all-or-nothing, so every problem is reported at once.
 */
public final class OccupationSheet {

    public static final int MAX_ROWS = 5000;
    public static final Pattern CODE = Pattern.compile("^\\d-\\d{2}-\\d{2}-\\d{2}$");
    public static final List<String> KEYS = List.of("catalog.sheet.unreadable", "catalog.sheet.empty",
            "catalog.sheet.tooManyRows", "catalog.sheet.column.missing", "catalog.sheet.code.invalid",
            "catalog.sheet.name.invalid", "catalog.sheet.levels.invalid", "catalog.sheet.flag.invalid",
            "catalog.sheet.duplicate");

    /** One occupation to create or update. */
    public record Line(int row, String code, String nameZh, String nameEn, List<SkillLevel> levels, boolean shortage,
                       boolean specialOperation) {
    }

    /** A problem at an Excel row (1-based; 0 for the file) and column. */
    public record Problem(int row, String column, String messageKey, Object... args) {
    }

    public record Result(List<Line> lines, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private enum Column {
        CODE("职业编码", "code"), NAME_ZH("职业名称", "name"), NAME_EN("英文名称", "english name"),
        LEVELS("等级", "levels"), SHORTAGE("急需紧缺", "shortage"), SPECIAL("特种作业", "special operation");

        final String zh;
        final String en;

        Column(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }
    }

    private static final Map<String, Integer> LEVEL_WORDS = Map.of("五级", 5, "四级", 4, "三级", 3, "二级", 2, "一级", 1);
    private static final DataFormatter FORMAT = new DataFormatter(Locale.ROOT);

    private OccupationSheet() {
    }

    public static Result read(InputStream xlsx) {
        try (Workbook book = new XSSFWorkbook(xlsx)) {
            return book.getNumberOfSheets() == 0 ? fileProblem("catalog.sheet.empty") : read(book.getSheetAt(0));
        } catch (IOException | RuntimeException e) {
            return fileProblem("catalog.sheet.unreadable");
        }
    }

    private static Result read(Sheet sheet) {
        Map<Column, Integer> columns = null;
        List<Line> lines = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> rowOfCode = new HashMap<>();
        for (Row r : sheet) {
            if (columns == null) {
                columns = header(r);
                if (columns != null && columns.size() < Column.values().length) {
                    for (Column c : Column.values()) {
                        if (!columns.containsKey(c)) {
                            problems.add(new Problem(0, null, "catalog.sheet.column.missing", c.zh));
                        }
                    }
                    return new Result(List.of(), problems);
                }
                continue;
            }
            Map<Column, String> v = new EnumMap<>(Column.class);
            boolean blank = true;
            for (Column c : Column.values()) {
                String text = text(r.getCell(columns.get(c)));
                v.put(c, text);
                blank &= text.isEmpty();
            }
            if (blank) {
                continue;
            }
            if (lines.size() + problems.size() >= MAX_ROWS) {
                return fileProblem("catalog.sheet.tooManyRows", MAX_ROWS);
            }
            int row = r.getRowNum() + 1;
            int before = problems.size();
            String code = v.get(Column.CODE);
            if (!CODE.matcher(code).matches()) {
                problems.add(new Problem(row, Column.CODE.zh, "catalog.sheet.code.invalid"));
            } else {
                Integer earlier = rowOfCode.putIfAbsent(code, row);
                if (earlier != null) {
                    problems.add(new Problem(row, Column.CODE.zh, "catalog.sheet.duplicate", earlier));
                }
            }
            for (Column c : List.of(Column.NAME_ZH, Column.NAME_EN)) {
                if (v.get(c).isEmpty() || v.get(c).length() > (c == Column.NAME_ZH ? 64 : 128)) {
                    problems.add(new Problem(row, c.zh, "catalog.sheet.name.invalid"));
                }
            }
            List<SkillLevel> levels = levels(v.get(Column.LEVELS));
            if (levels == null) {
                problems.add(new Problem(row, Column.LEVELS.zh, "catalog.sheet.levels.invalid"));
            }
            Boolean shortage = flag(v.get(Column.SHORTAGE));
            Boolean special = flag(v.get(Column.SPECIAL));
            if (shortage == null) {
                problems.add(new Problem(row, Column.SHORTAGE.zh, "catalog.sheet.flag.invalid"));
            }
            if (special == null) {
                problems.add(new Problem(row, Column.SPECIAL.zh, "catalog.sheet.flag.invalid"));
            }
            if (problems.size() == before) {
                lines.add(new Line(row, code, v.get(Column.NAME_ZH), v.get(Column.NAME_EN), levels, shortage, special));
            }
        }
        if (columns == null || (lines.isEmpty() && problems.isEmpty())) {
            return fileProblem("catalog.sheet.empty");
        }
        return problems.isEmpty() ? new Result(lines, List.of()) : new Result(List.of(), problems);
    }

    private static Map<Column, Integer> header(Row r) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        boolean blank = true;
        for (Cell c : r) {
            String t = text(c).toLowerCase(Locale.ROOT);
            blank &= t.isEmpty();
            for (Column col : Column.values()) {
                if (t.equals(col.zh) || t.equals(col.en)) {
                    columns.putIfAbsent(col, c.getColumnIndex());
                }
            }
        }
        return blank ? null : columns;
    }

    /** "5,4,3" or "五级、四级"; null when empty or anything is not a level. */
    static List<SkillLevel> levels(String text) {
        Set<SkillLevel> levels = new LinkedHashSet<>();
        for (String part : text.split("[,，、\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            Integer n = LEVEL_WORDS.get(part);
            if (n == null && part.matches("[1-5]")) {
                n = Integer.parseInt(part);
            }
            if (n == null) {
                return null;
            }
            levels.add(SkillLevel.of(n));
        }
        return levels.isEmpty() ? null : List.copyOf(levels);
    }

    /** 是/否, Y/N, true/false, 1/0; empty means no. */
    static Boolean flag(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "是", "y", "yes", "true", "1" -> Boolean.TRUE;
            case "否", "n", "no", "false", "0", "" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static String text(Cell c) {
        return c == null ? "" : FORMAT.formatCellValue(c).replace('\u00a0', ' ').strip();
    }

    private static Result fileProblem(String key, Object... args) {
        return new Result(List.of(), List.of(new Problem(0, null, key, args)));
    }
}
