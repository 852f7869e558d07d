package org.skillpass.enrolment.infrastructure;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.skillpass.enrolment.domain.LearnerCategory;
import org.skillpass.shared.domain.IdNumber;
import org.skillpass.shared.domain.Text;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads a roster (花名册) that a training institution uploads as xlsx to add learners to a class: the
 * first sheet, a header row naming 姓名, 身份证号, 手机号 and 人员类别 (or name, id number, mobile, category)
 * in any order, then one learner per row. It only reads and checks the sheet; matching rows to
 * registered workers is the enrolment service's job. The import is all-or-nothing, so every problem in
 * the file is reported at once: the institution fixes the file in one go instead of once per upload.
 */
public final class RosterSheet {

    private static final Logger LOG = Logger.getLogger(RosterSheet.class.getName());

    /** A class never has this many learners; the limit keeps one upload from holding a request for long. */
    public static final int MAX_ROWS = 2000;

    /** Every message key {@link #read} can return besides {@code idnumber.<problem>}. */
    public static final List<String> KEYS = List.of("roster.sheet.unreadable", "roster.sheet.empty",
            "roster.sheet.tooManyRows", "roster.sheet.column.missing", "roster.sheet.name.invalid",
            "roster.sheet.idnumber.numeric", "roster.sheet.phone.invalid", "roster.sheet.category.invalid",
            "roster.sheet.duplicate");

    /** Excel keeps 15 significant digits: an ID number typed as a number has already lost its last ones. */
    private static final double EXACT_DIGITS_LIMIT = 1e15;

    private static final Map<String, LearnerCategory> CATEGORY_LABELS = Map.of(
            "农村转移就业劳动者", LearnerCategory.RURAL_TRANSFER,
            "登记失业人员", LearnerCategory.REGISTERED_UNEMPLOYED,
            "就业困难人员", LearnerCategory.EMPLOYMENT_DIFFICULTY,
            "两后生", LearnerCategory.TWO_AFTER_STUDENT,
            "脱贫人口/防返贫监测对象", LearnerCategory.POVERTY_MONITORED,
            "脱贫人口", LearnerCategory.POVERTY_MONITORED,
            "防返贫监测对象", LearnerCategory.POVERTY_MONITORED,
            "企业职工", LearnerCategory.ENTERPRISE_EMPLOYEE,
            "其他", LearnerCategory.OTHER);

    /** The required columns; errors name them by their Chinese header, as the institution's template does. */
    private enum Column {
        NAME("姓名", "name"), ID_NUMBER("身份证号", "id number"), PHONE("手机号", "mobile"), CATEGORY("人员类别", "category");

        final String header;
        final String english;

        Column(String header, String english) {
            this.header = header;
            this.english = english;
        }

        boolean matches(String text) {
            String t = text.replaceAll("\\s+", " ");
            return t.equalsIgnoreCase(header) || t.equalsIgnoreCase(english);
        }
    }

    /** A learner as the sheet gives it; {@code row} is the Excel row number the user sees. */
    public record Row(int row, String realName, String idNumber, String phone, LearnerCategory category) {

        /** Never the full ID number: logs and debuggers see the mask. */
        @Override
        public String toString() {
            return "Row[row=" + row + ", realName=" + realName + ", idNumber=" + IdNumber.mask(idNumber)
                    + ", phone=" + phone + ", category=" + category + "]";
        }
    }

    /**
     * One problem: {@code row} is the Excel row number (0 for the whole file), {@code column} the Chinese
     * header (null for the whole file), {@code messageKey} and {@code args} the text for the user.
     */
    public record RowError(int row, String column, String messageKey, Object... args) {

        public RowError {
            Objects.requireNonNull(messageKey, "messageKey");
            args = args == null ? new Object[0] : args.clone();
        }

        @Override
        public Object[] args() {
            return args.clone();
        }

        // a record compares arrays by identity; errors are values
        @Override
        public boolean equals(Object o) {
            return o instanceof RowError e && e.row == row && Objects.equals(e.column, column)
                    && e.messageKey.equals(messageKey) && Arrays.equals(e.args, args);
        }

        @Override
        public int hashCode() {
            return Objects.hash(row, column, messageKey, Arrays.hashCode(args));
        }

        @Override
        public String toString() {
            return "RowError[row=" + row + ", column=" + column + ", messageKey=" + messageKey
                    + ", args=" + Arrays.toString(args) + "]";
        }
    }

    /** The learners when the sheet has no problem at all, otherwise no learners and every problem. */
    public record Result(List<Row> rows, List<RowError> errors) {

        public Result {
            rows = List.copyOf(rows);
            errors = List.copyOf(errors);
        }

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** The four cells of a data row as text, before checking. */
    private record Cells(int row, String name, String idNumber, boolean idTypedAsNumber, String phone, String category) {

        boolean blank() {
            return name.isEmpty() && idNumber.isEmpty() && phone.isEmpty() && category.isEmpty();
        }
    }

    private RosterSheet() {
    }

    /** Reads the first sheet of an xlsx file. Never throws for bad content: problems are in the result. */
    public static Result read(InputStream xlsx) {
        Objects.requireNonNull(xlsx, "xlsx");
        try (Workbook book = new XSSFWorkbook(xlsx)) {
            return book.getNumberOfSheets() == 0 ? fileError("roster.sheet.empty") : read(book.getSheetAt(0));
        } catch (IOException | RuntimeException e) {
            // not a zip, not OOXML, an old .xls, encrypted, truncated or corrupt: to the user all the same.
            // Only the exception class is logged: POI messages can quote cell text, i.e. personal data.
            LOG.log(Level.FINE, "Unreadable roster: {0}", e.getClass().getName());
            return fileError("roster.sheet.unreadable");
        }
    }

    private static Result read(Sheet sheet) {
        Map<Column, Integer> columns = null;
        List<Cells> data = new ArrayList<>();
        for (var r : sheet) {
            if (columns == null) {
                columns = header(r);
                if (columns != null && columns.size() < Column.values().length) {
                    return missing(columns);
                }
                continue;
            }
            Cell idCell = cell(r, columns.get(Column.ID_NUMBER));
            Cells cells = new Cells(r.getRowNum() + 1, text(cell(r, columns.get(Column.NAME))), text(idCell),
                    idCell != null && typeOf(idCell) == CellType.NUMERIC
                            && Math.abs(idCell.getNumericCellValue()) >= EXACT_DIGITS_LIMIT,
                    text(cell(r, columns.get(Column.PHONE))), text(cell(r, columns.get(Column.CATEGORY))));
            if (cells.blank()) {
                continue;
            }
            if (data.size() == MAX_ROWS) {
                return fileError("roster.sheet.tooManyRows", MAX_ROWS);
            }
            data.add(cells);
        }
        return data.isEmpty() ? fileError("roster.sheet.empty") : check(data);
    }

    private static Result missing(Map<Column, Integer> columns) {
        List<RowError> errors = new ArrayList<>();
        for (Column c : Column.values()) {
            if (!columns.containsKey(c)) {
                errors.add(new RowError(0, null, "roster.sheet.column.missing", c.header));
            }
        }
        return new Result(List.of(), errors);
    }

    /** Column indexes of the required columns found in a header row; null when the row is blank. */
    private static Map<Column, Integer> header(org.apache.poi.ss.usermodel.Row r) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        boolean blank = true;
        for (Cell c : r) {
            String text = text(c);
            blank &= text.isEmpty();
            for (Column column : Column.values()) {
                if (column.matches(text)) {
                    columns.putIfAbsent(column, c.getColumnIndex());
                }
            }
        }
        return blank ? null : columns;
    }

    private static Result check(List<Cells> data) {
        List<Row> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        Map<String, Integer> rowOfId = new HashMap<>();
        Map<String, Integer> rowOfPhone = new HashMap<>();
        for (Cells c : data) {
            int before = errors.size();
            if (!Text.isPersonName(c.name())) {
                errors.add(new RowError(c.row(), Column.NAME.header, "roster.sheet.name.invalid"));
            }
            String id = null;
            IdNumber.Problem problem = c.idTypedAsNumber() ? null : IdNumber.check(c.idNumber());
            if (c.idTypedAsNumber()) {
                errors.add(new RowError(c.row(), Column.ID_NUMBER.header, "roster.sheet.idnumber.numeric"));
            } else if (problem != null) {
                errors.add(new RowError(c.row(), Column.ID_NUMBER.header,
                        "idnumber." + problem.name().toLowerCase(Locale.ROOT)));
            } else {
                id = IdNumber.parse(c.idNumber()).value();
                duplicate(rowOfId, id, c.row(), Column.ID_NUMBER, errors);
            }
            if (!Text.isMobile(c.phone())) {
                errors.add(new RowError(c.row(), Column.PHONE.header, "roster.sheet.phone.invalid"));
            } else {
                duplicate(rowOfPhone, c.phone(), c.row(), Column.PHONE, errors);
            }
            LearnerCategory category = category(c.category());
            if (category == null) {
                errors.add(new RowError(c.row(), Column.CATEGORY.header, "roster.sheet.category.invalid"));
            }
            if (errors.size() == before) {
                rows.add(new Row(c.row(), c.name(), id, c.phone(), category));
            }
        }
        return errors.isEmpty() ? new Result(rows, List.of()) : new Result(List.of(), errors);
    }

    /** The error goes on the later row, pointing at the first: that is the one to keep or delete. */
    private static void duplicate(Map<String, Integer> seen, String value, int row, Column column, List<RowError> errors) {
        Integer earlier = seen.putIfAbsent(value, row);
        if (earlier != null) {
            errors.add(new RowError(row, column.header, "roster.sheet.duplicate", earlier));
        }
    }

    /** The enum name (any case) or the Chinese label of the category; null when neither. */
    static LearnerCategory category(String text) {
        LearnerCategory c = CATEGORY_LABELS.get(text.replace('／', '/'));
        if (c != null) {
            return c;
        }
        for (LearnerCategory value : LearnerCategory.values()) {
            if (value.name().equalsIgnoreCase(text)) {
                return value;
            }
        }
        return null;
    }

    private static Cell cell(org.apache.poi.ss.usermodel.Row r, Integer column) {
        return column == null ? null : r.getCell(column);
    }

    private static CellType typeOf(Cell cell) {
        return cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    }

    /** The cell as trimmed text; numbers in plain notation, so a phone typed as a number stays 11 digits. */
    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (typeOf(cell)) {
            case STRING -> cell.getStringCellValue().replace('\u00A0', ' ').strip();
            case NUMERIC -> plain(cell.getNumericCellValue());
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case ERROR -> "#ERROR"; // #N/A and the like: not blank, and valid as nothing
            default -> "";
        };
    }

    private static String plain(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return String.valueOf(d);
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private static Result fileError(String messageKey, Object... args) {
        return new Result(List.of(), List.of(new RowError(0, null, messageKey, args)));
    }
}
