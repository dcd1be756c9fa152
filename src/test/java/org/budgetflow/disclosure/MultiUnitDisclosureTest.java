package org.budgetflow.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetflow.disclosure.Cells.dec;
import static org.budgetflow.disclosure.Cells.row;

import org.budgetflow.disclosure.model.Disclosure;
import org.budgetflow.disclosure.model.Grid;
import org.budgetflow.disclosure.model.ProjectPerformanceTable;
import org.budgetflow.disclosure.model.RowType;
import org.budgetflow.testing.RenderBudgets;
import org.junit.jupiter.api.Test;

/** A department with two units: unit rows in tables 02 and 13, consolidated department rows elsewhere. */
class MultiUnitDisclosureTest {
    private final Disclosure disclosure = new DisclosureGenerator().generate(RenderBudgets.twoUnits());

    @Test
    void table_02_prints_a_total_row_the_department_and_one_row_per_unit_in_the_budget_order() {
        Grid grid = disclosure.tables().income().grid();

        assertThat(grid.rows()).extracting(r -> r.type() + ":" + r.code())
                .containsExactly("TOTAL:null", "DEPARTMENT:510", "UNIT:510001", "UNIT:510002");
        assertThat(row(grid, RowType.UNIT, "510002").name()).isEqualTo("测试局服务中心");
    }

    @Test
    void each_unit_row_of_table_02_carries_only_that_units_income() {
        Grid grid = disclosure.tables().income().grid();

        assertThat(row(grid, RowType.UNIT, "510001").amount("总计")).isEqualByComparingTo("100.00");
        assertThat(row(grid, RowType.UNIT, "510001").amount("上年结转结余_合计")).isNull();
        assertThat(row(grid, RowType.UNIT, "510002").amount("总计")).isEqualByComparingTo("55.00");
        assertThat(row(grid, RowType.UNIT, "510002").amount("本年收入_一般公共预算_小计")).isEqualByComparingTo("40.00");
        assertThat(row(grid, RowType.UNIT, "510002").amount("本年收入_事业收入")).isEqualByComparingTo("10.00");
        assertThat(row(grid, RowType.UNIT, "510002").amount("上年结转结余_单位资金")).isEqualByComparingTo("5.00");
    }

    @Test
    void the_department_row_of_table_02_is_the_sum_of_its_units() {
        Grid grid = disclosure.tables().income().grid();

        assertThat(row(grid, RowType.DEPARTMENT, "510").amount("总计")).isEqualByComparingTo("155.00");
        assertThat(row(grid, RowType.DEPARTMENT, "510").amount("本年收入_合计")).isEqualByComparingTo("150.00");
        assertThat(Cells.total(grid).amount("总计")).isEqualByComparingTo("155.00");
    }

    @Test
    void table_13_lists_each_unit_with_the_funds_of_its_own_projects() {
        ProjectPerformanceTable t13 = disclosure.tables().projectPerformance();

        assertThat(t13.units()).extracting(ProjectPerformanceTable.UnitFunds::code)
                .containsExactly("510001", "510002");
        ProjectPerformanceTable.Funds center = t13.units().get(1).funds();
        assertThat(center.total()).isEqualByComparingTo("15.00");
        assertThat(center.government()).isEqualByComparingTo("10.00");
        assertThat(center.specialAccount()).isNull();
        assertThat(center.unitFunds()).isEqualByComparingTo("5.00");
        assertThat(t13.projectsOf("510002")).extracting(ProjectPerformanceTable.ProjectTargets::projectName)
                .containsExactly("服务中心专项");
        assertThat(t13.total().total()).isEqualByComparingTo(dec("35.00"));
    }

    @Test
    void table_11_names_each_projects_own_unit() {
        Grid grid = disclosure.tables().projects().grid();

        assertThat(row(grid, RowType.PROJECT, "P1").text("项目单位")).isEqualTo("测试局机关");
        assertThat(row(grid, RowType.PROJECT, "P2").text("项目单位")).isEqualTo("测试局服务中心");
        assertThat(row(grid, RowType.PROJECT, "P2").amount("单位资金")).isEqualByComparingTo("5.00");
    }

    @Test
    void table_03_consolidates_both_units_in_the_department_row() {
        Grid grid = disclosure.tables().expenditure().grid();

        assertThat(row(grid, RowType.DEPARTMENT, "510").amount("合计")).isEqualByComparingTo("155.00");
        assertThat(row(grid, RowType.FUNCTION, "2010350").amount("基本支出_小计")).isEqualByComparingTo("40.00");
        assertThat(grid.rows(RowType.UNIT)).isEmpty();
    }
}
