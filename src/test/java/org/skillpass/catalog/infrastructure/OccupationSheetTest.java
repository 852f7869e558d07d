package org.skillpass.catalog.infrastructure;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.skillpass.catalog.domain.SkillLevel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class OccupationSheetTest {

    private static final String[] HEADER = {"职业编码", "职业名称", "英文名称", "等级", "急需紧缺", "特种作业"};

    private static ByteArrayInputStream xlsx(String[]... rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet();
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
            return new ByteArrayInputStream(out.toByteArray());
        }
    }

    @Test
    void readsCodesNamesLevelsAndFlags() throws Exception {
        OccupationSheet.Result r = OccupationSheet.read(xlsx(HEADER,
                new String[]{"6-31-01-03", "电工", "Electrician", "5,4,3,2,1", "是", "是"},
                new String[]{"4-10-01-06", "家政服务员", "Domestic worker", "五级、四级", "否", ""}));
        assertThat(r.ok()).isTrue();
        assertThat(r.lines()).hasSize(2);
        assertThat(r.lines().get(0).levels()).containsExactly(SkillLevel.LEVEL_5, SkillLevel.LEVEL_4, SkillLevel.LEVEL_3,
                SkillLevel.LEVEL_2, SkillLevel.LEVEL_1);
        assertThat(r.lines().get(0).specialOperation()).isTrue();
        assertThat(r.lines().get(1).levels()).containsExactly(SkillLevel.LEVEL_5, SkillLevel.LEVEL_4);
        assertThat(r.lines().get(1).shortage()).isFalse();
    }

    @Test
    void reportsEveryBadRowAndKeepsNothing() throws Exception {
        OccupationSheet.Result r = OccupationSheet.read(xlsx(HEADER,
                new String[]{"6-31-01-03", "电工", "Electrician", "5,4", "是", "是"},
                new String[]{"63101", "电工", "Electrician", "5", "否", "否"},
                new String[]{"6-31-01-03", "电工二", "Electrician 2", "6", "也许", "否"},
                new String[]{"4-10-01-06", "", "Domestic worker", "5", "否", "否"}));
        assertThat(r.ok()).isFalse();
        assertThat(r.lines()).isEmpty();
        assertThat(r.problems()).extracting(p -> p.row() + ":" + p.messageKey()).containsExactly(
                "3:catalog.sheet.code.invalid", "4:catalog.sheet.duplicate", "4:catalog.sheet.levels.invalid",
                "4:catalog.sheet.flag.invalid", "5:catalog.sheet.name.invalid");
    }

    @Test
    void missingColumnsAndUnreadableFiles() throws Exception {
        assertThat(OccupationSheet.read(xlsx(new String[]{"职业编码", "职业名称"})).problems())
                .extracting(OccupationSheet.Problem::messageKey).containsOnly("catalog.sheet.column.missing").hasSize(4);
        assertThat(OccupationSheet.read(new ByteArrayInputStream("code,name".getBytes())).problems())
                .extracting(OccupationSheet.Problem::messageKey).containsExactly("catalog.sheet.unreadable");
        assertThat(OccupationSheet.read(xlsx(HEADER)).problems())
                .extracting(OccupationSheet.Problem::messageKey).containsExactly("catalog.sheet.empty");
        assertThat(OccupationSheet.levels("5,x")).isNull();
        assertThat(OccupationSheet.flag("Y")).isTrue();
        assertThat(OccupationSheet.flag("maybe")).isNull();
    }
}
