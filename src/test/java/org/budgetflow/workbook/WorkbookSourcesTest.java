package org.budgetflow.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.budgetflow.budget.Budget;
import org.budgetflow.workbook.WorkbookSources.CellPlace;
import org.junit.jupiter.api.Test;

class WorkbookSourcesTest {

    private static WorkbookReader.Imported imported(byte[] workbook) {
        return Workbooks.READER.importWorkbook(new ByteArrayInputStream(workbook));
    }

    @Test
    void a_field_of_a_line_is_placed_in_its_row_and_column_of_the_lines_sheet() {
        WorkbookSources sources = imported(Workbooks.WRITER.write(Workbooks.workedExample())).sources();

        CellPlace place = sources.place("lines[12].govEconCode").orElseThrow();

        assertThat(place.ref()).isEqualTo("支出明细!F14");
        assertThat(place.label()).isEqualTo("工作表“支出明细”第 14 行 F 列（政府经济分类科目）");
    }

    @Test
    void a_row_left_empty_in_the_middle_of_a_sheet_does_not_shift_the_places_of_the_rows_below_it() {
        byte[] workbook = Workbooks.edit(Workbooks.WRITER.write(Workbooks.workedExample()), book -> {
            Sheet lines = book.getSheet("支出明细");
            lines.shiftRows(3, lines.getLastRowNum(), 2);
        });

        WorkbookReader.Imported result = imported(workbook);

        assertThat(result.budget().lines()).hasSize(Workbooks.workedExample().lines().size());
        assertThat(result.sources().place("lines[0]").orElseThrow().ref()).isEqualTo("支出明细!2");
        assertThat(result.sources().place("lines[1]").orElseThrow().ref()).isEqualTo("支出明细!3");
        assertThat(result.sources().place("lines[2].amount").orElseThrow().ref()).isEqualTo("支出明细!M6");
    }

    @Test
    void a_project_indicator_is_placed_in_the_row_of_the_indicator_sheet_it_came_from() {
        Budget budget = Workbooks.workedExample();
        byte[] workbook = Workbooks.WRITER.write(budget);
        WorkbookSources sources = imported(workbook).sources();
        int before = budget.projects().get(0).indicators().size();

        CellPlace place = sources.place("projects[1].indicators[0]").orElseThrow();
        CellPlace value = sources.place("projects[1].indicators[0].value").orElseThrow();

        assertThat(place.sheet()).isEqualTo("项目绩效指标");
        assertThat(place.row()).isEqualTo(2 + before);
        assertThat(value.column()).isEqualTo("E");
        Row row = Workbooks.open(workbook).getSheet("项目绩效指标").getRow(place.row() - 1);
        assertThat(row.getCell(4).getStringCellValue()).isEqualTo(budget.projects().get(1).indicators().get(0).value());
    }

    @Test
    void a_form_field_is_placed_in_column_b_of_its_row() {
        WorkbookSources sources = imported(Workbooks.WRITER.write(Workbooks.workedExample())).sources();

        CellPlace place = sources.place("priorYear.total").orElseThrow();

        assertThat(place.sheet()).isEqualTo("上年数");
        assertThat(place.column()).isEqualTo("B");
        assertThat(place.header()).isEqualTo("上年收支总计");
    }

    @Test
    void an_aggregate_of_several_rows_is_placed_on_its_sheet() {
        WorkbookSources sources = imported(Workbooks.WRITER.write(Workbooks.workedExample())).sources();

        CellPlace place = sources.place("income[unitCode=310001][fundSource=GENERAL_PUBLIC_BUDGET][carryOver=false]")
                .orElseThrow();

        assertThat(place.ref()).isEqualTo("收入");
        assertThat(place.label()).isEqualTo("工作表“收入”");
    }

    @Test
    void a_location_outside_the_workbook_has_no_place() {
        WorkbookSources sources = imported(Workbooks.WRITER.write(Workbooks.workedExample())).sources();

        assertThat(sources.place("tables.04")).isEmpty();
        assertThat(sources.place(null)).isEmpty();
    }
}
