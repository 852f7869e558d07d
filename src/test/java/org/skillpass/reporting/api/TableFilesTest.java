package org.skillpass.reporting.api;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.skillpass.reporting.application.ReportTable;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TableFilesTest {

    private final ReportTable table = new ReportTable("areas", "下级地区与机构",
            List.of(new ReportTable.Column("地区/机构", ReportTable.Kind.TEXT), new ReportTable.Column("培训人次", ReportTable.Kind.COUNT),
                    new ReportTable.Column("结业率(%)", ReportTable.Kind.PERCENT), new ReportTable.Column("金额(元)", ReportTable.Kind.MONEY)),
            List.of(new ReportTable.Row("region:220204", Arrays.asList("船营区", 9L, new BigDecimal("90.0"), new BigDecimal("1500.00"))),
                    new ReportTable.Row(null, Arrays.asList("=HYPERLINK(\"x\"),a", 0L, null, new BigDecimal("-3.50")))));

    @Test
    void xlsxHoldsTheHeaderAndTheNumbersAsNumbers() throws Exception {
        byte[] bytes = TableFiles.xlsx(table, List.of("note"));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getSheetName()).isEqualTo("下级地区与机构");
            assertThat(s.getRow(0).getCell(1).getStringCellValue()).isEqualTo("培训人次");
            assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("船营区");
            assertThat(s.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(s.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(9.0);
            assertThat(s.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(90.0);
            assertThat(s.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(1500.0);
            assertThat(s.getRow(2).getCell(2).getStringCellValue()).isEqualTo("—");
            assertThat(s.getLastRowNum()).isEqualTo(2);
            assertThat(wb.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).isEqualTo("note");
        }
    }

    @Test
    void csvIsUtf8WithABomQuotedAndSafeFromFormulas() {
        String csv = new String(TableFiles.csv(table), StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("\uFEFF地区/机构,培训人次,结业率(%),金额(元)\r\n"
                + "船营区,9,90.0,1500.00\r\n"
                + "\"'=HYPERLINK(\"\"x\"\"),a\",0,—,-3.50\r\n");
    }

    @Test
    void sheetNamesFollowExcelsRules() {
        assertThat(TableFiles.sheetName("a/b:c")).isEqualTo("a b c");
        assertThat(TableFiles.sheetName("x".repeat(40))).hasSize(31);
        assertThat(TableFiles.sheetName("  ")).isEqualTo("report");
    }
}
