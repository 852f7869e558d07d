package org.skillpass.enrolment.infrastructure;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.skillpass.enrolment.domain.LearnerCategory;
import org.skillpass.enrolment.infrastructure.RosterSheet.Result;
import org.skillpass.enrolment.infrastructure.RosterSheet.Row;
import org.skillpass.enrolment.infrastructure.RosterSheet.RowError;
import org.skillpass.shared.domain.IdNumber;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The xlsx roster: every problem with its Excel row number, and rows only when there is none. */
class RosterSheetTest {

    private static final Object[] HEADER = {"姓名", "身份证号", "手机号", "人员类别"};

    @Test
    void readsValidSheetWithColumnsInAnyOrderAndAnExtraColumn() throws IOException {
        String id1 = id("11010519900307123");
        String id2 = id("22020219851111456");
        Result result = read(
                row(" 手机号 ", "人员类别", "备注", "姓名", "身份证号"),
                row(13800000001d, "农村转移就业劳动者", "老学员", "张建国", id1),
                row(null, "  ", null, "", null), // blank in the middle
                row("13900000002\u00A0", "enterprise_employee", null, " 阿依古丽·买买提 ", id2)); // pasted no-break space

        assertThat(result.errors()).isEmpty();
        assertThat(result.ok()).isTrue();
        assertThat(result.rows()).containsExactly(
                new Row(2, "张建国", id1, "13800000001", LearnerCategory.RURAL_TRANSFER),
                new Row(4, "阿依古丽·买买提", id2, "13900000002", LearnerCategory.ENTERPRISE_EMPLOYEE));
    }

    @Test
    void normalisesLowerCaseXInIdNumbers() throws IOException {
        String id = idEndingInX();
        Result result = read(HEADER, row("张建国", id.toLowerCase(), "13800000001", "其他"));

        assertThat(result.rows()).extracting(Row::idNumber).containsExactly(id);
    }

    @Test
    void acceptsEnglishHeadersAndSkipsLeadingBlankRows() throws IOException {
        String id = id("11010519900307123");
        Result result = read(
                row(),
                row("Name", "ID  Number", "MOBILE", "category"),
                row("Li Ming", id, "13800000001", "OTHER"));

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).containsExactly(new Row(3, "Li Ming", id, "13800000001", LearnerCategory.OTHER));
    }

    @Test
    void acceptsEveryChineseLabelOfTheBundleAndTheEnumNames() throws IOException {
        Properties zh = new Properties();
        try (Reader r = new InputStreamReader(getClass().getResourceAsStream("/org/skillpass/i18n/messages_zh_CN.properties"),
                StandardCharsets.UTF_8)) {
            zh.load(r);
        }
        List<String> labels = new ArrayList<>();
        List<LearnerCategory> expected = new ArrayList<>();
        for (LearnerCategory c : LearnerCategory.values()) {
            labels.add(zh.getProperty("category." + c.name()));
            expected.add(c);
            labels.add(c.name());
            expected.add(c);
        }
        labels.add("脱贫人口");
        expected.add(LearnerCategory.POVERTY_MONITORED);
        labels.add("防返贫监测对象");
        expected.add(LearnerCategory.POVERTY_MONITORED);
        List<Object[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (int i = 0; i < labels.size(); i++) {
            rows.add(learner(i, labels.get(i)));
        }

        Result result = read(rows.toArray(Object[][]::new));

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(Row::category).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> badRows() {
        String valid = id("11010519900307123");
        char wrong = valid.charAt(17) == '0' ? '1' : '0';
        return Stream.of(
                Arguments.of(row("张", valid, "13900000009", "其他"), "姓名", "roster.sheet.name.invalid"),
                Arguments.of(row("张3丰", valid, "13900000009", "其他"), "姓名", "roster.sheet.name.invalid"),
                Arguments.of(row("王芳", valid.substring(0, 17) + wrong, "13900000009", "其他"), "身份证号", "idnumber.check_digit"),
                Arguments.of(row("王芳", id("11010519901301123"), "13900000009", "其他"), "身份证号", "idnumber.birth_date"),
                Arguments.of(row("王芳", "", "13900000009", "其他"), "身份证号", "idnumber.empty"),
                Arguments.of(row("王芳", 110105199003071230d, "13900000009", "其他"), "身份证号", "roster.sheet.idnumber.numeric"),
                Arguments.of(row("王芳", valid, "12900000009", "其他"), "手机号", "roster.sheet.phone.invalid"),
                Arguments.of(row("王芳", valid, 1.39e9, "其他"), "手机号", "roster.sheet.phone.invalid"),
                Arguments.of(row("王芳", valid, "13900000009", "学生"), "人员类别", "roster.sheet.category.invalid"),
                Arguments.of(row("王芳", valid, "13900000009", null), "人员类别", "roster.sheet.category.invalid"));
    }

    @ParameterizedTest
    @MethodSource("badRows")
    void reportsABadRowWithItsExcelRowNumberAndColumn(Object[] bad, String column, String key) throws IOException {
        Result result = read(HEADER, learner(1, "其他"), row(), bad);

        assertThat(result.ok()).isFalse();
        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).containsExactly(new RowError(4, column, key));
    }

    @Test
    void reportsADuplicateIdNumberOnTheLaterRow() throws IOException {
        String id = id("11010519900307123");
        Result result = read(HEADER,
                row("张建国", id, "13900000002", "其他"),
                learner(2, "其他"),
                row("张建国", id, "13900000004", "其他"));

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).containsExactly(new RowError(4, "身份证号", "roster.sheet.duplicate", 2));
    }

    @Test
    void reportsADuplicatePhoneOnTheLaterRow() throws IOException {
        Result result = read(HEADER,
                learner(1, "其他"),
                row("张建国", id("11010519900307123"), "13700000001", "其他"),
                row("李娜", id("11010519920101224"), 13700000001d, "其他"));

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).containsExactly(new RowError(4, "手机号", "roster.sheet.duplicate", 3));
    }

    @Test
    void reportsEveryProblemInTheSheetAtOnce() throws IOException {
        String id = id("11010519900307123");
        Result result = read(HEADER,
                row("张", id, "1380000000", "其他"),
                learner(1, "两后生"),
                row("李娜", "11010519900307", "13900000002", "学生"),
                row("王芳", id, "13800000004", "企业职工"));

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).containsExactly(
                new RowError(2, "姓名", "roster.sheet.name.invalid"),
                new RowError(2, "手机号", "roster.sheet.phone.invalid"),
                new RowError(4, "身份证号", "idnumber.length"),
                new RowError(4, "人员类别", "roster.sheet.category.invalid"),
                new RowError(5, "身份证号", "roster.sheet.duplicate", 2));
    }

    @Test
    void reportsEachMissingColumnByItsChineseHeader() throws IOException {
        Result result = read(row("姓名", "身份证号", "电话", "备注"), learner(1, "其他"));

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).containsExactly(
                new RowError(0, null, "roster.sheet.column.missing", "手机号"),
                new RowError(0, null, "roster.sheet.column.missing", "人员类别"));
    }

    @Test
    void reportsASheetWithoutLearnersAsEmpty() throws IOException {
        RowError empty = new RowError(0, null, "roster.sheet.empty");
        assertThat(read(HEADER).errors()).containsExactly(empty);
        assertThat(read(HEADER, row(), row(" ", null, "", null, "extra columns do not count")).errors())
                .containsExactly(empty);
        assertThat(read().errors()).containsExactly(empty);
    }

    @Test
    void refusesMoreThanMaxRowsWithoutCheckingThem() throws IOException {
        List<Object[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (int i = 0; i < RosterSheet.MAX_ROWS + 1; i++) {
            rows.add(row("张", "bad", "bad", "bad"));
        }

        Result result = read(rows.toArray(Object[][]::new));

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).containsExactly(new RowError(0, null, "roster.sheet.tooManyRows", 2000));
    }

    @Test
    void acceptsExactlyMaxRows() throws IOException {
        List<Object[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (int i = 0; i < RosterSheet.MAX_ROWS; i++) {
            rows.add(learner(i, "其他"));
        }

        Result result = read(rows.toArray(Object[][]::new));

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).hasSize(2000);
        assertThat(result.rows().get(1999).row()).isEqualTo(2001);
    }

    static Stream<Arguments> unreadable() throws IOException {
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("hello.txt"));
            z.write("not a workbook".getBytes(StandardCharsets.UTF_8));
        }
        return Stream.of(
                Arguments.of("random bytes", random),
                Arguments.of("csv", "姓名,身份证号,手机号,人员类别\n张建国,110105199003071234,13800000001,其他\n"
                        .getBytes(StandardCharsets.UTF_8)),
                Arguments.of("old xls", bytes(new HSSFWorkbook(), HEADER, row("张建国", "x", "13800000001", "其他"))),
                Arguments.of("zip without a workbook", zip.toByteArray()),
                Arguments.of("empty", new byte[0]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadable")
    void reportsUnreadableFiles(String what, byte[] content) {
        Result result = RosterSheet.read(new ByteArrayInputStream(content));

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).containsExactly(new RowError(0, null, "roster.sheet.unreadable"));
    }

    @Test
    void errorsAreValuesAndRowsHideTheIdNumber() {
        Object[] args = {2};
        RowError e = new RowError(4, "手机号", "roster.sheet.duplicate", args);
        args[0] = 3;
        assertThat(e).isEqualTo(new RowError(4, "手机号", "roster.sheet.duplicate", 2)).hasSameHashCodeAs(
                new RowError(4, "手机号", "roster.sheet.duplicate", 2));
        assertThat(e.args()).containsExactly(2);

        String id = id("11010519900307123");
        assertThat(new Row(2, "张建国", id, "13800000001", LearnerCategory.OTHER).toString())
                .doesNotContain(id).contains(IdNumber.mask(id));
    }

    // --- building sheets

    /** A valid learner, different for each n (ID number and phone), for filling rows. */
    private static Object[] learner(int n, String category) {
        String birth = String.format("1990%02d%02d", 1 + n / 1000 % 12, 1 + n % 28);
        String first17 = "110105" + birth + String.format("%03d", n % 1000);
        return row("张建国", id(first17), "138" + String.format("%08d", n), category);
    }

    private static String id(String first17) {
        return first17 + IdNumber.checkCharacter(first17);
    }

    private static String idEndingInX() {
        for (int seq = 0; ; seq++) {
            String first17 = "11010519900307" + String.format("%03d", seq);
            if (IdNumber.checkCharacter(first17) == 'X') {
                return id(first17);
            }
        }
    }

    private static Object[] row(Object... cells) {
        return cells;
    }

    private static Result read(Object[]... rows) throws IOException {
        Result result = RosterSheet.read(new ByteArrayInputStream(bytes(new XSSFWorkbook(), rows)));
        // the keys the bundles must have
        assertThat(result.errors()).allSatisfy(e -> assertThat(
                RosterSheet.KEYS.contains(e.messageKey()) || e.messageKey().startsWith("idnumber.")).isTrue());
        return result;
    }

    /** Cells: String, Number or null (no cell); a row with no cells is a blank row. */
    private static byte[] bytes(Workbook book, Object[]... rows) throws IOException {
        try (book) {
            Sheet sheet = book.createSheet("花名册");
            for (int r = 0; r < rows.length; r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue((String) v);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }
}
