package org.budgetflow.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.budgetflow.testing.LintBudgets;
import org.budgetflow.validation.Finding;
import org.budgetflow.validation.Severity;
import org.junit.jupiter.api.Test;

class SatisfactionUpperBoundRuleTest {
    private final SatisfactionUpperBoundRule rule = new SatisfactionUpperBoundRule();

    @Test
    void reports_a_project_satisfaction_written_as_a_cap() {
        List<Finding> findings = LintBudgets.budget()
                .project("洛阳市既有住宅电梯（第一批）市级补贴资金", "38.50").code("410303230000000011939")
                .satisfaction("既有住宅电梯加装业主满意度", "≤90%").done()
                .check(rule);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("L1");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location()).isEqualTo("projects[0].indicators[0]");
            assertThat(f.message()).isEqualTo("项目“洛阳市既有住宅电梯（第一批）市级补贴资金”（410303230000000011939）"
                    + "满意度指标“既有住宅电梯加装业主满意度”≤90% 以“≤”设定满意度目标，满意度应设下限（≥）");
        });
    }

    @Test
    void reports_a_table_12_satisfaction_row_written_as_a_cap() {
        List<Finding> findings = LintBudgets.budget()
                .overall("效益指标", "满意度", "提高辖区居民生活质量，增加幸福感", "≤98%")
                .check(rule);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo("departmentPerformance.indicators[0]");
            assertThat(f.message()).startsWith("整体绩效目标（表12）效益指标—满意度“提高辖区居民生活质量，增加幸福感”≤98%");
        });
    }

    @Test
    void reports_a_satisfaction_named_in_another_category_and_written_with_less_than() {
        List<Finding> findings = LintBudgets.budget()
                .project("服务群众专项经费", "10.00").benefit("群众满意度", "<95%").done()
                .check(rule);

        assertThat(findings).singleElement().satisfies(f -> assertThat(f.message()).contains("以“<”设定满意度目标"));
    }

    @Test
    void accepts_floors_exact_targets_and_capped_dissatisfaction() {
        List<Finding> findings = LintBudgets.budget()
                .project("服务群众专项经费", "10.00")
                .satisfaction("辖区居民满意度", "≥95%")
                .satisfaction("业主满意度", "=100%")
                .satisfaction("群众不满意率", "≤5%")
                .satisfaction("投诉率", "≤1%")
                .satisfaction("服务对象满意", "满意").done()
                .overall("效益指标", "满意度", "辖区居民满意度", "≥95%")
                .check(rule);

        assertThat(findings).isEmpty();
    }
}
