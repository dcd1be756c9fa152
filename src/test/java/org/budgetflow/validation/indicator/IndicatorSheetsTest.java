package org.budgetflow.validation.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import org.budgetflow.budget.Budget;
import org.budgetflow.testing.LintBudgets;
import org.budgetflow.validation.BudgetContext;
import org.junit.jupiter.api.Test;

class IndicatorSheetsTest {

    @Test
    void builds_one_sheet_per_context_and_hands_it_to_every_rule() {
        Budget budget = LintBudgets.budget().project("党建工作经费", "0.50").complete().done().build();
        IndicatorSheets sheets = new IndicatorSheets();
        BudgetContext context = new BudgetContext(budget);

        IndicatorSheet first = sheets.of(context);

        assertThat(sheets.of(context)).isSameAs(first);
        assertThat(sheets.of(new BudgetContext(budget))).isNotSameAs(first);
    }

    @Test
    void parses_a_value_written_on_many_projects_once() {
        Budget budget = LintBudgets.budget()
                .project("甲项目", "1.00").satisfaction("服务对象满意度", "≥95%").done()
                .project("乙项目", "1.00").satisfaction("服务对象满意度", "≥95%").done()
                .build();

        IndicatorSheet sheet = IndicatorSheet.of(new BudgetContext(budget));

        assertThat(sheet.projects().get(0).indicators().get(0).value())
                .isSameAs(sheet.projects().get(1).indicators().get(0).value());
    }

    @Test
    void sums_the_lines_of_a_project_in_wan_yuan_and_leaves_a_project_without_lines_without_amount() {
        Budget budget = LintBudgets.budget()
                .project("有资金的项目", "38.50").done()
                .project("没有支出明细的项目", null).done()
                .build();

        IndicatorSheet sheet = IndicatorSheet.of(new BudgetContext(budget));

        assertThat(sheet.projects().get(0).amount()).isEqualByComparingTo("38.50");
        assertThat(sheet.projects().get(1).amount()).isNull();
        assertThat(sheet.year()).isEqualTo(2023);
    }

    @Test
    void classifies_the_rows_of_table_12_and_describes_them_for_messages() {
        Budget budget = LintBudgets.budget()
                .overall("投入管理指标", "预算和财务管理", "预算执行率", "≥93%")
                .overall("产出指标", "重点工作任务完成", "指导社区建设", "有效指导")
                .overall("效益指标", "履职效益", "负责对物业服务质量进行监督管理", "有效提升")
                .overall("效益指标", "满意度", "辖区居民满意度", "≥95%")
                .overall("满意度指标", "服务对象满意度", "群众满意度", "≥95%")
                .build();

        IndicatorSheet sheet = IndicatorSheet.of(new BudgetContext(budget));

        assertThat(sheet.overall()).extracting(IndicatorSheet.OverallRow::level).containsExactly(
                LintedIndicator.Level.INPUT, LintedIndicator.Level.OUTPUT, LintedIndicator.Level.BENEFIT,
                LintedIndicator.Level.SATISFACTION, LintedIndicator.Level.SATISFACTION);
        assertThat(sheet.overall().get(3).describeWithValue())
                .isEqualTo("整体绩效目标（表12）效益指标—满意度“辖区居民满意度”≥95%");
        assertThat(sheet.overall().get(3).location()).isEqualTo("departmentPerformance.indicators[3]");
    }
}
