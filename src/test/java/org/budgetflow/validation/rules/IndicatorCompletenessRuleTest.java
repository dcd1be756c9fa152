package org.budgetflow.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.budgetflow.testing.LintBudgets;
import org.budgetflow.validation.Finding;
import org.budgetflow.validation.indicator.LintReferenceData;
import org.junit.jupiter.api.Test;

class IndicatorCompletenessRuleTest {
    private final IndicatorCompletenessRule rule = new IndicatorCompletenessRule(LintReferenceData.load());

    @Test
    void reports_a_project_without_indicators_and_one_missing_categories() {
        List<Finding> findings = LintBudgets.budget()
                .project("2024到期债券还本", "250.00").code("410303230000000015901").done()
                .project("党建经费", "1.00").code("410303220000000014229").cost("总成本", "≤1万元").done()
                .check(rule);

        assertThat(findings).extracting(Finding::location, Finding::message).containsExactly(
                tuple("projects[0].indicators",
                        "项目“2024到期债券还本”（410303230000000015901）未设绩效指标"),
                tuple("projects[1].indicators",
                        "项目“党建经费”（410303220000000014229）缺少产出指标、效益指标、满意度指标"));
        assertThat(findings).allSatisfy(f -> assertThat(f.rule()).isEqualTo("L9"));
    }

    @Test
    void reports_an_indicator_without_value_and_a_table_12_without_satisfaction() {
        List<Finding> findings = LintBudgets.budget()
                .project("办公经费", "1.00").complete().output("办公设备数量", " ").done()
                .overall("产出指标", "重点工作任务完成", "指导社区建设", "有效指导")
                .overall("效益指标", "履职效益", "负责对物业服务质量进行监督管理", "有效提升")
                .check(rule);

        assertThat(findings).extracting(Finding::message).containsExactly(
                "项目“办公经费”（410303220000000000001）产出指标“办公设备数量” 未填写指标值",
                "整体绩效目标（表12）缺少满意度指标");
    }

    @Test
    void reports_a_shantytown_satisfaction_copied_onto_an_old_housing_project() {
        List<Finding> findings = LintBudgets.budget()
                .project("西工区2022年老旧小区改造提质工程（专项债）", "1000.00").code("410303230000000019621").complete()
                .satisfaction("棚户区改造被拆迁居民满意度", "≥90%").done()
                .check(rule);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo("projects[0].indicators[4]");
            assertThat(f.message()).isEqualTo("项目“西工区2022年老旧小区改造提质工程（专项债）”（410303230000000019621）"
                    + "满意度指标“棚户区改造被拆迁居民满意度”≥90% 涉及“棚户区”，与项目（老旧小区）不符，疑似从其他项目复制");
        });
    }

    @Test
    void reports_once_a_specific_text_used_on_projects_of_different_kinds() {
        String copied = "提高人民的生活质量，建立和谐的社区";
        List<Finding> findings = LintBudgets.budget()
                .project("西工区老旧小区改造提质工程", "100.00").complete().benefit(copied, "有效提高").done()
                .project("既有住宅加装电梯补贴", "10.00").complete().benefit(copied, "有效提高").done()
                .project("学校校舍维修", "10.00").complete().benefit(copied, "有效提高").done()
                .project("医院设备购置", "10.00").complete().benefit(copied, "有效提高").done()
                .check(rule);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo("projects[2].indicators[4]");
            assertThat(f.message()).contains("与项目“西工区老旧小区改造提质工程”").contains("两项目类型不同（学校 / 老旧小区）");
        });
    }

    @Test
    void accepts_complete_projects_whose_indicators_fit_their_kind() {
        List<Finding> findings = LintBudgets.budget()
                .project("老旧小区改造办公经费", "4.00").complete()
                .satisfaction("老旧小区改造小区居民满意", "≥95%")
                .output("小区道路硬化及电梯加装数量", "≥3个").done()
                .project("区政府购买服务", "10.50").complete().satisfaction("棚户区居民满意度", "≥90%").done()
                .project("洛阳市既有住宅电梯市级补贴资金", "38.50").complete()
                .benefit("改善老旧小区居民出行条件", "有效改善").done()
                .overall("产出指标", "重点工作任务完成", "指导社区建设", "有效指导")
                .overall("效益指标", "履职效益", "负责对物业服务质量进行监督管理", "有效提升")
                .overall("效益指标", "满意度", "辖区居民满意度", "≥95%")
                .check(rule);

        assertThat(findings).isEmpty();
    }
}
