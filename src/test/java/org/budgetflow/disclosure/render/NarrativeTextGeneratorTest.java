package org.budgetflow.disclosure.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.budgetflow.budget.Assets;
import org.budgetflow.budget.Budget;
import org.budgetflow.budget.FundSource;
import org.budgetflow.budget.ProjectType;
import org.budgetflow.disclosure.DisclosureGenerator;
import org.budgetflow.disclosure.render.NarrativeText.Section;
import org.budgetflow.testing.DisclosureBudgets;
import org.budgetflow.testing.PrintBudgets;
import org.junit.jupiter.api.Test;

/** The narrative text in the template's wording: the worked example sentence by sentence, and synthetic cases. */
class NarrativeTextGeneratorTest {
    private static final String XIGONG = "洛阳市西工区社区治理和服务创新办公室";

    private static NarrativeText narrativeOf(Budget budget) {
        return new NarrativeTextGenerator().generate(budget, new DisclosureGenerator().generate(budget));
    }

    private static String text(NarrativeText narrative) {
        return String.join("\n", narrative.lines());
    }

    @Test
    void prints_every_sentence_of_the_worked_example_as_the_published_document_does_but_two_known_typos() {
        String printed = WorkedExample.printedTextWithoutWhitespace();
        List<String> missing = new ArrayList<>();
        for (String line : WorkedExample.get().narrative.lines()) {
            for (String sentence : line.split("(?<=[。：；])")) {
                if (!printed.contains(sentence.replaceAll("\\s+", ""))) {
                    missing.add(sentence);
                }
            }
        }

        // the print has "占0%" (D4 in known-defects.md) and an ASCII comma in "5182.70万元,共9个项目"
        assertThat(missing).containsExactly(
                "基本支出0.00万元，占0.00%；",
                XIGONG + "2023年对项目支出全面实施绩效目标管理，涉及预算拨款5182.70万元，共9个项目。");
    }

    @Test
    void pins_the_key_sentences_of_the_worked_example() {
        String text = text(WorkedExample.get().narrative);

        assertThat(text).contains(
                XIGONG + "2023年收入总计5301.42万元，支出总计5301.42万元，与2022年预算相比，收支总计各减少10821.18万元，"
                        + "下降67.12%。主要原因：老旧小区改造提质项目减少。",
                XIGONG + "2023年收入合计5301.42万元，其中：一般公共预算收入160.92万元；上年结转结余5140.50万元。",
                XIGONG + "2023年一般公共预算收支预算301.42万元（含上年结转）；政府性基金收支预算5000.00万元（含上年结转）。"
                        + "与2022年相比，一般公共预算收支预算增加93.82万元，增长45.19%，主要原因：包含上年结转资金；"
                        + "政府性基金收支预算减少11000.00万元，下降68.75%，主要原因：2023年发行的政府专项债项目资金下达时间较晚。",
                XIGONG + "2023年一般公共预算支出年初预算为301.42万元。其中：基本支出118.72万元，占39.39%；"
                        + "项目支出182.70万元，占60.61%。",
                XIGONG + "2023年“三公”经费支出预算为0.00万元，预算数与2022年相比保持一致。",
                XIGONG + "2023年无国有资本经营预算拨款安排的支出。",
                XIGONG + "2023年机构运转经费支出预算8.63万元，主要保障机构正常运转及正常履职需要所需支出，"
                        + "包含公用经费、公务交通补贴、工会经费、职工福利费等。",
                "根据工作需要，选定西工区2022年老旧小区改造提质工程（专项债）等1个项目作为部门重点绩效目标项目。",
                "2022年期末，" + XIGONG + "共有车辆0辆，其中：一般公务用车0辆、一般执法执勤用车0辆、特种专业技术用车0辆、"
                        + "其他用车0辆；单位价值50万元以上通用设备0套，单位价值100万元以上专用设备0套。");
    }

    @Test
    void has_three_parts_with_sections_one_to_ten_in_the_second() {
        NarrativeText narrative = WorkedExample.get().narrative;

        assertThat(narrative.parts()).extracting(NarrativeText.Part::label)
                .containsExactly("第一部分", "第二部分", "第三部分");
        assertThat(narrative.part(1).title()).isEqualTo(XIGONG + "部门概况");
        assertThat(narrative.part(2).title()).isEqualTo("2023年" + XIGONG + "部门预算情况说明");
        assertThat(narrative.part(2).sections()).extracting(Section::heading).containsExactly(
                "一、收入支出预算总体情况说明", "二、收入预算总体情况说明", "三、支出预算总体情况说明",
                "四、财政拨款收入支出预算总体情况说明", "五、一般公共预算支出预算情况说明", "六、一般公共预算基本支出预算情况说明",
                "七、一般公共预算“三公”经费支出预算情况说明", "八、政府性基金支出预算情况说明", "九、国有资本经营支出预算情况说明",
                "十、其他重要事项情况说明");
        assertThat(narrative.part(2).sections().get(9).subsections()).extracting(Section::heading).containsExactly(
                "（一）行政（事业）单位机构运转经费支出预算情况", "（二）政府采购支出预算情况", "（三）绩效目标设置情况",
                "（四）国有资产占用情况", "（五）专项转移支付项目情况");
        assertThat(narrative.part(3).sections().get(0).paragraphs()).hasSize(10)
                .first().asString().startsWith("一、财政拨款收入：");
    }

    @Test
    void prints_the_departments_nine_duties_as_given() {
        Section duties = WorkedExample.get().narrative.part(1).sections().get(0);

        assertThat(duties.heading()).isEqualTo("一、主要职责");
        assertThat(duties.paragraphs()).hasSize(9).last().isEqualTo("9. 完成区委、区政府交办的其他任务。");
    }

    @Test
    void words_an_increase_with_its_percentage_and_the_departments_reason_ending_in_one_full_stop() {
        String text = text(narrativeOf(PrintBudgets.twoUnits()));

        assertThat(text).contains("测试局2024年收入总计155.00万元，支出总计155.00万元，与2023年预算相比，"
                + "收支总计各增加5.00万元，增长3.33%。主要原因：人员增加。");
        assertThat(text).doesNotContain("。。");
    }

    @Test
    void lists_each_current_year_income_source_and_the_carry_over() {
        String text = text(narrativeOf(PrintBudgets.twoUnits()));

        assertThat(text).contains("测试局2024年收入合计155.00万元，其中：一般公共预算收入140.00万元；事业收入10.00万元；"
                + "上年结转结余5.00万元。");
    }

    @Test
    void names_the_units_when_the_department_gives_no_composition() {
        String text = text(narrativeOf(PrintBudgets.twoUnits()));

        assertThat(text).contains("测试局部门预算由2个预算单位的预算组成，包括：测试局机关、测试局服务中心。");
    }

    @Test
    void prints_the_departments_own_duties_and_composition() {
        Budget budget = PrintBudgets.withTexts(PrintBudgets.twoUnits(), List.of("1. 负责测试工作。", "2. 完成其他任务。"),
                "下设2个预算单位：测试局机关、测试局服务中心。");
        NarrativeText narrative = narrativeOf(budget);

        assertThat(narrative.part(1).sections().get(0).paragraphs()).containsExactly("1. 负责测试工作。", "2. 完成其他任务。");
        assertThat(narrative.part(1).sections().get(1).paragraphs())
                .containsExactly("测试局下设2个预算单位：测试局机关、测试局服务中心。");
    }

    @Test
    void says_the_duties_are_missing_rather_than_printing_an_empty_section() {
        NarrativeText narrative = narrativeOf(PrintBudgets.twoUnits());

        assertThat(narrative.part(1).sections().get(0).paragraphs()).containsExactly("（部门未填报主要职责。）");
    }

    @Test
    void compares_nothing_when_no_prior_year_figure_is_stated() {
        Budget budget = DisclosureBudgets.singleUnit()
                .income("510001", FundSource.GENERAL_PUBLIC_BUDGET, "50.00")
                .line("510001", "2010301", "30101", "50101", "50.00").add()
                .build();
        String text = text(narrativeOf(budget));

        assertThat(text).contains("测试局2024年收入总计50.00万元，支出总计50.00万元。\n");
        assertThat(text).contains("测试局2024年一般公共预算收支预算50.00万元；政府性基金收支预算0.00万元。\n");
        assertThat(text).contains("测试局2024年“三公”经费支出预算为0.00万元。\n");
        assertThat(text).doesNotContain("与2023年", "比2023年");
    }

    @Test
    void words_the_government_fund_its_carry_over_and_its_decrease_in_sections_four_and_eight() {
        String text = text(narrativeOf(PrintBudgets.governmentFund()));

        assertThat(text).contains("测试局2024年一般公共预算收支预算100.00万元（含上年结转）；政府性基金收支预算360.00万元（含上年结转）。"
                + "与2023年相比，一般公共预算收支预算保持一致；政府性基金收支预算减少140.00万元，下降28.00%，"
                + "主要原因：专项债券额度减少。");
        assertThat(text).contains("测试局2024年政府性基金预算支出年初预算为360.00万元。其中：基本支出0.00万元，占0.00%；"
                + "项目支出360.00万元，占100.00%。");
        assertThat(text).contains("测试局2024年无国有资本经营预算拨款安排的支出。");
        assertThat(text).contains("选定基金建设项目等1个项目作为部门重点绩效目标项目。");
    }

    @Test
    void states_that_there_is_no_general_budget_spending_when_all_money_is_from_the_fund() {
        Budget budget = DisclosureBudgets.singleUnit()
                .income("510001", FundSource.GOVERNMENT_FUND, "30.00")
                .project("F", "基金项目", "510001", ProjectType.SPECIFIC_PURPOSE)
                .line("510001", "2120803", "30905", "50402", "30.00").source(FundSource.GOVERNMENT_FUND)
                .forProject("F", ProjectType.SPECIFIC_PURPOSE).add()
                .build();
        String text = text(narrativeOf(budget));

        assertThat(text).contains("测试局2024年无一般公共预算拨款安排的支出。",
                "测试局2024年无一般公共预算基本支出预算拨款安排的支出。");
    }

    @Test
    void compares_each_three_public_component_with_last_year_and_gives_the_reason_for_a_change() {
        String text = text(narrativeOf(PrintBudgets.twoUnits()));

        assertThat(text).contains("测试局2024年“三公”经费支出预算为0.00万元，预算数比2023年减少1.00万元，下降100.00%，"
                + "主要原因：接待任务减少。");
        assertThat(text).contains("（二）公务接待费0.00万元，主要用于按规定开支的各类公务接待（含外宾接待）支出，"
                + "预算数比2023年减少1.00万元，下降100.00%，主要原因：接待任务减少。");
        assertThat(text).contains("其中：一是公务用车购置费0.00万元，预算数与2023年相比保持一致；"
                + "二是公务用车运行维护费0.00万元，预算数与2023年相比保持一致。");
    }

    @Test
    void prints_the_procurement_budget_and_says_so_when_none_is_stated() {
        assertThat(text(narrativeOf(PrintBudgets.twoUnits()))).contains("测试局2024年政府采购预算安排5.00万元，"
                + "其中：政府采购货物预算3.00万元、政府采购工程预算0.00万元、政府采购服务预算2.00万元。");
        assertThat(text(narrativeOf(PrintBudgets.governmentFund()))).contains("测试局2024年未安排政府采购预算。");
    }

    @Test
    void says_there_are_no_performance_targets_without_projects_and_no_assets_when_none_are_stated() {
        Budget budget = DisclosureBudgets.singleUnit()
                .income("510001", FundSource.GENERAL_PUBLIC_BUDGET, "50.00")
                .line("510001", "2010301", "30101", "50101", "50.00").add()
                .build();
        String text = text(narrativeOf(budget));

        assertThat(text).contains("测试局2024年无项目支出，未设置项目绩效目标。", "2023年期末，测试局未填报国有资产占用情况。");
    }

    @Test
    void prints_the_vehicle_counts_with_the_note_on_other_vehicles() {
        Budget budget = DisclosureBudgets.singleUnit()
                .income("510001", FundSource.GENERAL_PUBLIC_BUDGET, "50.00")
                .line("510001", "2010301", "30101", "50101", "50.00").add()
                .assets(new Assets("2023年12月31日", new Assets.Vehicles(2, 1, 0, 1, "应急保障车"), 1, 0))
                .build();

        assertThat(text(narrativeOf(budget))).contains("2023年12月31日，测试局共有车辆4辆，其中：一般公务用车2辆、"
                + "一般执法执勤用车1辆、特种专业技术用车0辆、其他用车1辆（应急保障车）；单位价值50万元以上通用设备1套，"
                + "单位价值100万元以上专用设备0套。");
    }
}
