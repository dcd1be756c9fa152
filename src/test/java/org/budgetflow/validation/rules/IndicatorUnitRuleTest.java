package org.budgetflow.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.budgetflow.testing.LintBudgets;
import org.budgetflow.validation.Finding;
import org.junit.jupiter.api.Test;

class IndicatorUnitRuleTest {
    private final IndicatorUnitRule rule = new IndicatorUnitRule();

    @Test
    void reports_a_time_indicator_valued_in_percent() {
        List<Finding> findings = LintBudgets.budget()
                .project("党建工作经费", "0.50").code("410303220000000012418")
                .output("发放报纸、报刊时间", "≥98%").output("故障维护及时", "≥90%").done()
                .check(rule);

        assertThat(findings).hasSize(2);
        assertThat(findings.get(0).rule()).isEqualTo("L6");
        assertThat(findings.get(0).message()).isEqualTo(
                "项目“党建工作经费”（410303220000000012418）产出指标“发放报纸、报刊时间”≥98% 是时间指标，却以百分比表示");
    }

    @Test
    void reports_cost_indicators_that_are_not_money() {
        List<Finding> findings = LintBudgets.budget()
                .project("乡村振兴", "10.00")
                .cost("经济成本", "≤50%")
                .cost("社会成本", "良好")
                .cost("差旅费总成本", "≤6000")
                .cost("人均月工资", "≥2917人/月").done()
                .check(rule);

        assertThat(findings).extracting(Finding::message).containsExactly(
                "项目“乡村振兴”（410303220000000000001）成本指标“经济成本”≤50% 成本指标以百分比表示，应为金额",
                "项目“乡村振兴”（410303220000000000001）成本指标“社会成本”良好 成本指标不是金额，应写明金额及单位",
                "项目“乡村振兴”（410303220000000000001）成本指标“差旅费总成本”≤6000 成本指标未写金额单位",
                "项目“乡村振兴”（410303220000000000001）成本指标“人均月工资”≥2917人/月 成本指标以“人/月”计量，应为金额");
    }

    @Test
    void reports_a_population_in_money_kinds_in_machines_and_a_rate_in_counts() {
        List<Finding> findings = LintBudgets.budget()
                .project("社区服务经费", "10.00")
                .output("辖区人口", "36.7 万元")
                .output("维修办公设备种类", "≥50 台")
                .output("刊物征订率", "≥5种").done()
                .check(rule);

        assertThat(findings).extracting(Finding::message).containsExactly(
                "项目“社区服务经费”（410303220000000000001）产出指标“辖区人口”36.7 万元 是人口或人数指标，却以金额单位“万元”表示",
                "项目“社区服务经费”（410303220000000000001）产出指标“维修办公设备种类”≥50 台 是种类数，却以“台”计量",
                "项目“社区服务经费”（410303220000000000001）产出指标“刊物征订率”≥5种 是比率指标，却以“种”计量");
    }

    @Test
    void accepts_units_that_fit_the_indicator() {
        List<Finding> findings = LintBudgets.budget()
                .project("党建工作经费", "10.00")
                .cost("党建总成本", "≤0.5万元")
                .cost("运行维护费", "≤2.4 万")
                .cost("人均工资", "≥2400元/月/人")
                .cost("生态环境成本", "无")
                .output("开展党课学习时间", "每周一次")
                .output("聘用时间", "2023年1月-2023年12月")
                .output("资金拨付及时率", "≥95%")
                .output("补贴资金发放及时性", "≥95%")
                .output("按照时间节点完成", "100%")
                .output("办公用品购置种类", "≥15种")
                .output("辖区人口", "36.7万人")
                .output("资金支出频率", "每年 2次")
                .output("补助资金人数标准", "≥500元").done()
                .check(rule);

        assertThat(findings).isEmpty();
    }
}
