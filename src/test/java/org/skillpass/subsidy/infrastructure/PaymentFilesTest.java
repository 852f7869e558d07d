package org.skillpass.subsidy.infrastructure;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The bank's confirmation file as read (csv in UTF-8 or GBK, xlsx) and the export for the bank. */
class PaymentFilesTest {

    @Test
    void readsAUtf8CsvWithChineseHeadersQuotedAmountsAndNotes() {
        String csv = "\uFEFF申请编号,金额,状态,备注\r\nBT00000012,\"1,300.00\",成功,\r\nBT00000013,650,失败,\"账户已冻结, 请核实\"\r\n\r\n";
        PaymentFiles.Parsed p = PaymentFiles.parse(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(p.errors()).isEmpty();
        assertThat(p.rows()).containsExactly(
                new PaymentFiles.ConfirmationRow(2, "BT00000012", new BigDecimal("1300.00"), PaymentFiles.Status.PAID, ""),
                new PaymentFiles.ConfirmationRow(3, "BT00000013", new BigDecimal("650"), PaymentFiles.Status.FAILED, "账户已冻结, 请核实"));
    }

    @Test
    void readsGbkAsChineseBanksSendIt() {
        String csv = "申请编号,金额,状态\nBT00000012,1300.00,支付成功\n";
        PaymentFiles.Parsed p = PaymentFiles.parse(csv.getBytes(Charset.forName("GBK")));
        assertThat(p.errors()).isEmpty();
        assertThat(p.rows()).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(PaymentFiles.Status.PAID));
    }

    @Test
    void everyBadRowIsReportedWithItsNumberAndAMissingHeaderStopsAtOnce() {
        String csv = "reference,amount,status\nBT00000012,abc,SUCCESS\n,100,SUCCESS\nBT00000014,100,maybe\n";
        PaymentFiles.Parsed p = PaymentFiles.parse(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(p.errors()).extracting(PaymentFiles.RowError::row, PaymentFiles.RowError::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "subsidy.confirm.amount"),
                org.assertj.core.groups.Tuple.tuple(3, "subsidy.confirm.reference"),
                org.assertj.core.groups.Tuple.tuple(4, "subsidy.confirm.status"));
        assertThat(PaymentFiles.parse("编号,钱\nBT1,1\n".getBytes(StandardCharsets.UTF_8)).errors())
                .extracting(PaymentFiles.RowError::messageKey).containsExactly("subsidy.confirm.header");
        assertThat(PaymentFiles.parse(new byte[0]).errors()).extracting(PaymentFiles.RowError::messageKey)
                .containsExactly("subsidy.confirm.empty");
        assertThat(PaymentFiles.parse("reference,amount,status\n".getBytes(StandardCharsets.UTF_8)).errors())
                .extracting(PaymentFiles.RowError::messageKey).containsExactly("subsidy.confirm.empty");
    }

    @Test
    void readsXlsxWithNumericCells() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet();
            var head = sheet.createRow(0);
            head.createCell(0).setCellValue("Reference");
            head.createCell(1).setCellValue("Amount");
            head.createCell(2).setCellValue("Status");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("BT00000099");
            row.createCell(1).setCellValue(1950.5);
            row.createCell(2).setCellValue("success");
            wb.write(out);
            xlsx = out.toByteArray();
        }
        PaymentFiles.Parsed p = PaymentFiles.parse(xlsx);
        assertThat(p.errors()).isEmpty();
        assertThat(p.rows()).singleElement().satisfies(r -> {
            assertThat(r.reference()).isEqualTo("BT00000099");
            assertThat(r.amount()).isEqualByComparingTo("1950.50");
            assertThat(r.status()).isEqualTo(PaymentFiles.Status.PAID);
        });
    }

    @Test
    void theExportGroupsByAccountAndKeepsSpreadsheetFormulasOut() {
        List<PaymentFiles.Line> lines = List.of(
                new PaymentFiles.Line("BT00000001", "INSTITUTION", "船营培训学校", "中国银行", "6216600100001234567", new BigDecimal("1300.00"), "TRAINING", "张*"),
                new PaymentFiles.Line("BT00000002", "INSTITUTION", "船营培训学校", "中国银行", "6216600100001234567", new BigDecimal("650.00"), "TRAINING", "李*"),
                new PaymentFiles.Line("BT00000003", "LEARNER", "=cmd|x", "农业银行", "6228480012345678901", new BigDecimal("250.00"), "LIVING_ALLOWANCE", "王*明"));
        assertThat(PaymentFiles.totals(lines)).extracting(PaymentFiles.AccountTotal::claims, t -> t.total().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "1950.00"), org.assertj.core.groups.Tuple.tuple(1, "250.00"));
        String csv = new String(PaymentFiles.csv(lines), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFreference,").contains("BT00000003,LEARNER,'=cmd|x,农业银行,6228480012345678901,250.00,");
        assertThat(PaymentFiles.xlsx(lines, Locale.SIMPLIFIED_CHINESE)).isNotEmpty();
    }
}
