package org.budgetflow.disclosure.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetflow.budget.Budget;
import org.budgetflow.budget.interchange.BudgetJsonReader;
import org.budgetflow.disclosure.DisclosureGenerator;
import org.budgetflow.disclosure.model.Disclosure;
import org.budgetflow.disclosure.render.NarrativeText;
import org.budgetflow.disclosure.render.NarrativeTextGenerator;
import org.budgetflow.testing.SharedExamples;
import org.junit.jupiter.api.Test;

/** With the narrative text, the workbook opens on the narrative as printed, before the figures and the 13 tables. */
class XlsxNarrativeTextTest {

    @Test
    void puts_the_narrative_text_on_a_first_sheet_with_every_paragraph() throws IOException {
        Budget budget = new BudgetJsonReader().read(SharedExamples.workedExampleBudget());
        Disclosure disclosure = new DisclosureGenerator().generate(budget);
        NarrativeText text = new NarrativeTextGenerator().generate(budget, disclosure);

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(new XlsxRenderer().render(disclosure, text)))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(15);
            assertThat(wb.getSheetName(0)).isEqualTo("公开说明");
            assertThat(wb.getSheetName(1)).isEqualTo("情况说明");
            List<String> cells = texts(wb.getSheetAt(0));
            assertThat(cells).contains("第二部分 2023年洛阳市西工区社区治理和服务创新办公室部门预算情况说明");
            assertThat(cells).anyMatch(c -> c.contains("其中：基本支出118.72万元，占2.24%；项目支出5182.70万元，占97.76%。"));
            assertThat(text.lines()).allMatch(line -> cells.stream().anyMatch(c -> c.contains(line))
                    || cells.stream().anyMatch(line::contains));
        }
    }

    private static List<String> texts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            row.forEach(cell -> texts.add(cell.getStringCellValue()));
        }
        return texts;
    }
}
