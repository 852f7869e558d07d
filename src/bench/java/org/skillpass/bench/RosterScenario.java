package org.skillpass.bench;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.skillpass.enrolment.infrastructure.RosterSheet;
import org.skillpass.shared.domain.IdNumber;
import org.skillpass.shared.web.Uploads;
import org.skillpass.testsupport.TestData;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scenario 6b, roster import: {@code bench.roster.rows} learners (100,000) imported from xlsx through the
 * class page's upload form, as institution staff do it. One file holds at most {@link RosterSheet#MAX_ROWS}
 * learners (one class's roster; the import is all-or-nothing per file), so the rows go in as full-size
 * rosters into as many classes; a single file with all rows is tried too and its refusal reported.
 * Baseline: a bare JDBC batch insert of as many rows.
 */
final class RosterScenario {

    private static final Pattern FILE_INPUT = Pattern.compile("<input[^>]*type=\"file\"[^>]*>");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]+)\"");

    private RosterScenario() {
    }

    static Outcome run(Bench b) throws Exception {
        int rows = b.config.rosterRows;
        int perFile = Math.min(rows, RosterSheet.MAX_ROWS);
        int files = (rows + perFile - 1) / perFile;
        Outcome o = new Outcome("roster-import", "Roster import, " + String.format("%,d", rows) + " xlsx rows",
                "time and rows/s (no target)");
        List<BenchData.RosterPerson> people = BenchData.rosterWorkers("bench.r.", perFile);
        byte[] xlsx = xlsx(people);
        List<Long> classes = BenchData.classesOf(b.home, "花名册导入班", files, 100);
        Web staff = new Web(b.base()).login(b.home.staff(), BenchData.PASSWORD);

        // one file with every row, as a user might try first
        byte[] all = rows > perFile ? syntheticXlsx(rows) : null;
        if (all != null) {
            long t = System.nanoTime();
            HttpResponse<String> r = upload(staff, classes.get(0), all);
            double s = (System.nanoTime() - t) / 1e9;
            long enrolled = EnrolmentScenario.seats(List.of(classes.get(0))).get("confirmed") instanceof Number n ? n.longValue() : -1;
            String why = r.body().contains("花名册最多") ? "too many rows (the per-file cap of " + RosterSheet.MAX_ROWS + ")"
                    : r.body().contains("文件不能超过") ? "file larger than " + Uploads.MAX_SHEET_BYTES / 1024 / 1024 + " MB"
                    : "HTTP " + r.statusCode();
            o.figures.put("one file of " + String.format("%,d", rows) + " rows (" + all.length / 1024 + " KB)",
                    "refused in " + Report.f(s) + " s: " + why + "; nothing imported (" + enrolled + " enrolled)");
        }

        long[] millis = new long[files];
        BenchServer.Window w = b.server.begin("roster-import");
        long start = System.nanoTime();
        for (int i = 0; i < files; i++) {
            long t = System.nanoTime();
            HttpResponse<String> r = upload(staff, classes.get(i), xlsx);
            millis[i] = (System.nanoTime() - t) / 1_000_000;
            long enrolled = TestData.count("SELECT COUNT(*) FROM enrolment WHERE class_id = ?", classes.get(i));
            if (r.statusCode() != 200 || enrolled != perFile) {
                throw new IllegalStateException("roster import " + (i + 1) + " failed: HTTP " + r.statusCode() + ", "
                        + enrolled + " enrolled; " + snippet(r.body()));
            }
            System.out.println("[bench] roster " + (i + 1) + "/" + files + ": " + perFile + " rows in " + millis[i] + " ms");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        o.window(b.server.end(w));
        o.seconds = seconds;
        Map<String, Object> check = EnrolmentScenario.seats(classes);
        long imported = ((Number) check.get("confirmed")).longValue() + ((Number) check.get("waitlisted")).longValue();

        var baseline = Bench.batchInsert(rows);
        double rate = imported / seconds;
        double baseRate = ((Number) baseline.get("rowsPerSecond")).doubleValue();
        long[] sorted = Arrays.copyOf(millis, files);
        Arrays.sort(sorted);
        o.figures.put("files", files + " files of " + perFile + " rows (" + xlsx.length / 1024 + " KB each), one per class");
        o.figures.put("per file (what the user waits)", "median " + sorted[files / 2] + " ms, slowest " + sorted[files - 1] + " ms");
        o.figures.put("all rows", String.format("%,d", imported) + " rows in " + Report.f(seconds) + " s = " + Report.f(rate) + " rows/s");
        o.checks.put("rows imported (database)", imported);
        o.checks.put("expected", (long) files * perFile);
        o.checks.putAll(check);
        o.baseline.putAll(baseline);
        o.ratios.put("rows/s ÷ bare batch rows/s", Report.round(rate / baseRate));
        o.what = "Institution staff upload the xlsx on the class page (multipart form post with the view state). Per file the "
                + "service reads and checks every row (names, ID check digits, mobiles, categories, duplicates), finds each "
                + "learner by the blind index of the ID number, checks mobile, name and existing enrolment, then enrols all or "
                + "none under the class's row lock with an audit entry per learner.";
        o.load = files + " uploads one after another by one staff member, the same " + perFile + " registered learners into "
                + files + " classes of 100 seats (so most are waitlisted)";
        o.measured = String.format("%,d", imported) + " rows in " + Report.f(seconds) + " s = " + Report.f(rate) + " rows/s; "
                + perFile + "-row file median " + Report.f(sorted[files / 2] / 1000.0) + " s";
        o.baselineText = Report.f(baseRate) + " bare batch rows/s";
        o.ratioText = Report.round(rate / baseRate) + "×";
        o.note("A roster file holds at most " + RosterSheet.MAX_ROWS + " learners (RosterSheet.MAX_ROWS: a class never has "
                + "more, and the all-or-nothing import of one file runs in one request and one transaction) and at most "
                + Uploads.MAX_SHEET_BYTES / 1024 / 1024 + " MB. The cap is kept: " + String.format("%,d", rows)
                + " rows are what an institution imports as " + files + " class rosters, which is what was measured.");
        if (imported != (long) files * perFile) {
            o.verdict = Outcome.Verdict.FAILED;
            o.margin = "imported " + imported + " of " + (long) files * perFile;
        }
        return o;
    }

    private static HttpResponse<String> upload(Web staff, long classId, byte[] file) throws Exception {
        HttpResponse<String> page = staff.get("/catalog/manage.xhtml?id=" + classId);
        if (page.statusCode() != 200) {
            throw new IllegalStateException("manage page answered HTTP " + page.statusCode());
        }
        String html = page.body();
        int form = html.indexOf("<form id=\"importForm\"");
        if (form < 0) {
            throw new IllegalStateException("no import form on the manage page");
        }
        Matcher input = FILE_INPUT.matcher(html);
        String fileField = null;
        while (input.find(form)) {
            Matcher n = NAME.matcher(input.group());
            if (n.find()) {
                fileField = n.group(1);
                break;
            }
            form = input.end();
        }
        if (fileField == null) {
            throw new IllegalStateException("no file input in the import form");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("importForm", "importForm");
        fields.put("importForm:upload", "");
        fields.put("jakarta.faces.ViewState", Web.viewState(html));
        return staff.postMultipart(Web.formAction(html, "importForm"), fields, fileField, "花名册.xlsx", file);
    }

    private static byte[] xlsx(List<BenchData.RosterPerson> people) throws Exception {
        List<String[]> rows = new ArrayList<>();
        for (BenchData.RosterPerson p : people) {
            rows.add(new String[]{p.name(), p.idNumber(), p.phone(), "农村转移就业劳动者"});
        }
        return write(rows);
    }

    /** A well-formed roster of {@code n} rows with valid ID numbers (the refusal comes before any lookup). */
    private static byte[] syntheticXlsx(int n) throws Exception {
        List<String[]> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String first17 = "410502" + java.time.LocalDate.of(1960, 1, 1).plusDays(i % 15_000).toString().replace("-", "")
                    + String.format("%03d", i / 15_000);
            rows.add(new String[]{"学员" + (char) ('甲' + i % 10), first17 + IdNumber.checkCharacter(first17),
                    "15" + String.format("%09d", i), "农村转移就业劳动者"});
        }
        return write(rows);
    }

    private static byte[] write(List<String[]> rows) throws Exception {
        try (Workbook wb = new SXSSFWorkbook(1000); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("花名册");
            String[] header = {"姓名", "身份证号", "手机号", "人员类别"};
            Row h = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < 4; c++) {
                    row.createCell(c).setCellValue(rows.get(r)[c]);
                }
            }
            wb.write(out);
            ((SXSSFWorkbook) wb).dispose();
            return out.toByteArray();
        }
    }

    private static String snippet(String html) {
        int i = html.indexOf("ui-messages");
        String part = i < 0 ? html.substring(0, Math.min(300, html.length())) : html.substring(i, Math.min(html.length(), i + 800));
        return part.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
    }
}
