package org.budgetflow.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.budgetflow.testing.LintBudgets;
import org.budgetflow.validation.Finding;
import org.budgetflow.validation.indicator.LintReferenceData;
import org.junit.jupiter.api.Test;

class IndicatorTypoRuleTest {
    private final IndicatorTypoRule rule = new IndicatorTypoRule(LintReferenceData.load());

    @Test
    void reports_a_repeated_word_in_an_indicator_name() {
        List<Finding> findings = LintBudgets.budget()
                .project("社区治理和服务创新资金", "3.20").code("410303220000000013380")
                .satisfaction("提升我办更好更好的完成上级下达的工作任务", "≥95%").done()
                .check(rule);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("L10");
            assertThat(f.location()).isEqualTo("projects[0].indicators[0]");
            assertThat(f.message()).isEqualTo("项目“社区治理和服务创新资金”（410303220000000013380）满意度指标"
                    + "“提升我办更好更好的完成上级下达的工作任务”≥95% 含重复词“更好更好”");
        });
    }

    @Test
    void reports_a_known_misspelling_and_a_repeated_word_in_a_value() {
        List<Finding> findings = LintBudgets.budget(2024)
                .project("基本公共卫生服务", "50.00").output("居民健康档案 父爱率", "≥60%")
                .benefit("服务辖区群众", "提升提升").done()
                .check(rule);

        assertThat(findings).extracting(Finding::message).containsExactly(
                "项目“基本公共卫生服务”（410303220000000000001）产出指标“居民健康档案 父爱率”≥60% 含错别字“父爱率”（应为“覆盖率”）",
                "项目“基本公共卫生服务”（410303220000000000001）效益指标“服务辖区群众”提升提升 含重复词“提升提升”");
    }

    @Test
    void reports_a_repeated_word_in_a_table_12_explanation() {
        List<Finding> findings = LintBudgets.budget()
                .overall("投入管理指标", "预算和财务管理", "预算执行率", "≥93%", "预算执行率=（预算完成数/预算数）×100%，增加增加执行")
                .check(rule);

        assertThat(findings).singleElement().satisfies(f -> assertThat(f.message()).endsWith("指标值说明含重复词“增加增加”"));
    }

    @Test
    void accepts_correct_text_single_character_reduplication_and_listed_exceptions() {
        LintReferenceData data = new LintReferenceData(List.of(), List.of(), Map.of("父爱率", "覆盖率"), List.of("研究研究"));

        List<Finding> findings = LintBudgets.budget()
                .project("党建工作经费", "1.00")
                .output("居民健康档案覆盖率", "≥60%")
                .benefit("常常开展学习，人人参与", "有效提高")
                .benefit("提高党员政治素养，知识水平", "有效提高")
                .benefit("问题研究研究", "有效").done()
                .check(new IndicatorTypoRule(data));

        assertThat(findings).isEmpty();
    }
}
