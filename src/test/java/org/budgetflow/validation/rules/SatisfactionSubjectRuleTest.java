package org.budgetflow.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.budgetflow.testing.LintBudgets;
import org.budgetflow.validation.Finding;
import org.junit.jupiter.api.Test;

class SatisfactionSubjectRuleTest {
    private final SatisfactionSubjectRule rule = new SatisfactionSubjectRule();

    @Test
    void reports_a_satisfaction_indicator_that_only_lists_people() {
        List<Finding> findings = LintBudgets.budget()
                .project("党建工作经费", "0.50").code("410303220000000012418")
                .satisfaction("党员、党支部、单位职工", "≥95%").done()
                .check(rule);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("L2");
            assertThat(f.location()).isEqualTo("projects[0].indicators[0]");
            assertThat(f.message()).isEqualTo(
                    "项目“党建工作经费”（410303220000000012418）满意度指标“党员、党支部、单位职工”未体现满意度（指标值 ≥95%）");
        });
    }

    @Test
    void reports_a_satisfaction_indicator_that_describes_a_task() {
        List<Finding> findings = LintBudgets.budget()
                .project("社区治理和服务创新资金", "3.20")
                .satisfaction("提升我办更好更好的完成上级下达的工作任务", "≥95%").done()
                .overall("满意度指标", "服务对象满意度", "完成度", "≥90%")
                .check(rule);

        assertThat(findings).hasSize(2).allSatisfy(f -> assertThat(f.message()).contains("未体现满意度"));
    }

    @Test
    void reports_a_satisfaction_word_followed_by_another_measure() {
        List<Finding> findings = LintBudgets.budget()
                .overall("效益指标", "满意度", "群众满意真实性", "真实")
                .check(rule);

        assertThat(findings).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("整体绩效目标（表12）效益指标—满意度“群众满意真实性”真实 衡量的是“真实性”，不是服务对象的满意程度"));
    }

    @Test
    void reports_a_satisfaction_that_names_no_one() {
        List<Finding> findings = LintBudgets.budget()
                .project("办公经费", "1.00").satisfaction("满意度", "≥95%").done()
                .check(rule);

        assertThat(findings).singleElement().satisfies(f -> assertThat(f.message()).contains("未写明服务对象"));
    }

    @Test
    void accepts_satisfaction_of_a_named_service_object() {
        List<Finding> findings = LintBudgets.budget()
                .project("区政府购买服务", "10.50")
                .satisfaction("工作人员满意", "≥95%")
                .satisfaction("既有住宅电梯加装业主满意度", "≥90%")
                .satisfaction("学生、家长满意率（%）", "≥95%")
                .satisfaction("服务对象满意度指标", "≥95%")
                .benefit("提升我办工作完成率", "≥95%").done()
                .overall("效益指标", "满意度", "辖区居民满意度", "≥95%")
                .check(rule);

        assertThat(findings).isEmpty();
    }
}
