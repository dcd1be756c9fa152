package org.budgetflow.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.budgetflow.testing.LintBudgets;
import org.budgetflow.validation.Finding;
import org.junit.jupiter.api.Test;

class MixedNumberAndWordsRuleTest {
    private final MixedNumberAndWordsRule rule = new MixedNumberAndWordsRule();

    @Test
    void reports_the_fire_brigade_targets_that_mix_a_number_with_words() {
        List<Finding> findings = LintBudgets.budget(2024)
                .overall("产出指标", "重点工作任务完成", "重点工作任务的合理性", "100 合理")
                .overall("产出指标", "重点工作任务完成", "重点工作时效性", "100按时完成")
                .overall("效益指标", "履职效益", "提升综合能力", "100 提升")
                .check(rule);

        assertThat(findings).hasSize(3).allSatisfy(f -> assertThat(f.rule()).isEqualTo("L7"));
        assertThat(findings.get(0).location()).isEqualTo("departmentPerformance.indicators[0]");
        assertThat(findings.get(0).message()).isEqualTo("整体绩效目标（表12）产出指标—重点工作任务完成“重点工作任务的合理性”100 合理 "
                + "数字与文字混写（数值 100，文字“合理”），应写为可衡量的数值或定性表述");
    }

    @Test
    void reports_a_project_value_with_a_number_inside_a_sentence() {
        List<Finding> findings = LintBudgets.budget(2024)
                .project("资金申报工作经费", "2.00").output("全力申请各项资金", "2024 年申请各类上级资金 20亿元以上").done()
                .check(rule);

        assertThat(findings).singleElement().satisfies(f -> assertThat(f.message()).contains("数值 20亿元"));
    }

    @Test
    void accepts_quantities_dates_ranges_and_qualitative_wording() {
        List<Finding> findings = LintBudgets.budget()
                .project("区政府购买服务", "10.50")
                .output("劳派人员政府购买人数", "3名")
                .output("聘用时间", "2023年1月-2023年12月")
                .output("2023年专项债项目", "4-6个")
                .output("完成时间", "2023年12月底前完成")
                .output("支付时间", "出院后30 个工作日内")
                .output("开展党课学习时间", "每周一次")
                .output("参与企业", "≥3家企业")
                .benefit("工作完成率", "有效完成").done()
                .check(rule);

        assertThat(findings).isEmpty();
    }
}
