package org.budgetflow.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.budgetflow.budget.Assets;
import org.budgetflow.budget.Budget;
import org.budgetflow.budget.ChangeReasons;
import org.budgetflow.budget.ExpenditureCategory;
import org.budgetflow.budget.FundSource;
import org.budgetflow.budget.Funding;
import org.budgetflow.budget.IndicatorCategory;
import org.budgetflow.budget.PriorYear;
import org.budgetflow.budget.ProjectType;
import org.budgetflow.budget.UnitKind;
import org.budgetflow.budget.interchange.BudgetJsonReader;
import org.budgetflow.budget.interchange.BudgetJsonWriter;
import org.budgetflow.testing.SyntheticBudgets;
import org.budgetflow.testing.TestBudgets;
import org.junit.jupiter.api.Test;

class WorkbookRoundTripTest {
    private final BudgetJsonWriter json = new BudgetJsonWriter();

    @Test
    void the_worked_example_survives_budget_to_workbook_to_budget_unchanged() {
        Budget budget = Workbooks.workedExample();

        Budget back = Workbooks.read(Workbooks.WRITER.write(budget));

        assertThat(back).isEqualTo(budget);
        assertThat(json.toJson(back)).isEqualTo(json.toJson(budget));
    }

    @Test
    void a_large_synthetic_budget_of_ten_units_survives_the_round_trip() {
        Budget budget = SyntheticBudgets.large(3000);

        Budget back = Workbooks.read(Workbooks.WRITER.write(budget));

        assertThat(back.lines()).hasSize(3000);
        assertThat(back.units()).hasSize(10);
        assertThat(back).isEqualTo(budget);
        assertThat(json.toJson(back)).isEqualTo(json.toJson(budget));
    }

    @Test
    void a_budget_using_every_optional_part_survives_the_round_trip() {
        Budget budget = everything();

        Budget back = Workbooks.read(Workbooks.WRITER.write(budget));

        assertThat(back).isEqualTo(budget);
        assertThat(json.toJson(back)).isEqualTo(json.toJson(budget));
    }

    @Test
    void the_imported_budget_is_a_valid_budget_v1_document() {
        Budget back = Workbooks.read(Workbooks.WRITER.write(everything()));

        Budget reread = new BudgetJsonReader().read(new java.io.ByteArrayInputStream(
                json.toJson(back).getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(reread).isEqualTo(back);
    }

    @Test
    void writing_the_same_budget_twice_gives_the_same_bytes() throws Exception {
        Budget budget = Workbooks.workedExample();

        byte[] first = Workbooks.WRITER.write(budget);
        Thread.sleep(2100); // zip entry times have a two-second resolution
        byte[] second = Workbooks.WRITER.write(budget);

        assertThat(second).isEqualTo(first);
    }

    @Test
    void an_empty_template_reads_back_once_a_unit_and_a_line_are_filled_in() {
        byte[] template = Workbooks.WRITER.template(2024, "310", "测试部门");

        byte[] filled = Workbooks.edit(template, book -> {
            var units = book.getSheet("单位").createRow(1);
            units.createCell(0).setCellValue(310001); // typed as a number
            units.createCell(1).setCellValue("测试部门本级");
            units.createCell(2).setCellValue("行政单位");
            var income = book.getSheet("收入").createRow(1);
            income.createCell(0).setCellValue("310001");
            income.createCell(1).setCellValue("一般公共预算");
            income.createCell(4).setCellValue("12.5"); // text in the 0.00 form, decimals short
            var line = book.getSheet("支出明细").createRow(1);
            line.createCell(0).setCellValue("310001");
            line.createCell(1).setCellValue("2120101 行政运行");
            line.createCell(3).setCellValue(30101);
            line.createCell(5).setCellValue("50101 工资奖金津补贴");
            line.createCell(7).setCellValue("一般公共预算");
            line.createCell(10).setCellValue("人员经费");
            line.createCell(12).setCellValue(12.5);
        });
        Budget budget = Workbooks.read(filled);

        assertThat(budget.year()).isEqualTo(2024);
        assertThat(budget.department().code()).isEqualTo("310");
        assertThat(budget.units()).singleElement().extracting(u -> u.code(), u -> u.kind())
                .containsExactly("310001", UnitKind.ADMINISTRATIVE);
        assertThat(budget.income()).containsExactly(new Funding("310001", FundSource.GENERAL_PUBLIC_BUDGET, false,
                true, new BigDecimal("12.50")));
        assertThat(budget.lines()).singleElement().satisfies(l -> {
            assertThat(l.functionCode()).isEqualTo("2120101");
            assertThat(l.functionName()).isNull();
            assertThat(l.deptEconCode()).isEqualTo("30101");
            assertThat(l.govEconCode()).isEqualTo("50101");
            assertThat(l.category()).isEqualTo(ExpenditureCategory.PERSONNEL);
            assertThat(l.carryOver()).isFalse();
            assertThat(l.appropriation()).isTrue();
            assertThat(l.amount()).isEqualTo(new BigDecimal("12.50"));
        });
        assertThat(budget.priorYear()).isEqualTo(PriorYear.EMPTY);
        assertThat(budget.assets()).isEqualTo(Assets.EMPTY);
    }

    /** A budget that fills every sheet and flag, with nulls where budget-v1 allows them. */
    static Budget everything() {
        return TestBudgets.budget()
                .year(2023)
                .printedName("测试区社区治理和服务创新办公室（汇总）")
                .responsibilities("1. 第一条职责。", "2. 第二条职责，\n含换行。")
                .composition("本部门预算由 2 个单位构成。")
                .unit("310002", "测试区社区服务中心", UnitKind.PUBLIC_INSTITUTION)
                .spend(TestBudgets.line("30201", "50502").unit("310002").source(FundSource.BUSINESS_INCOME)
                        .names("办公费", "商品和服务支出").amount("3.40"))
                .spend(TestBudgets.line("30201", "50201").function("2120101", "行政运行").notAppropriation()
                        .amount("0.01"))
                .spend(TestBudgets.line("30201", "50201").carriedOver().amount("1234567.89"))
                .project(TestBudgets.project("410303230000000009157", ProjectType.SPECIFIC_PURPOSE).keyProject()
                        .indicator(IndicatorCategory.COST, "经济成本指标", "总成本", "≤10.5万元")
                        .indicator(IndicatorCategory.OUTPUT, "数量", "3名")
                        .indicator(IndicatorCategory.SATISFACTION, "服务对象满意度指标", "满意度", ""))
                .project(TestBudgets.project("无编码项目", ProjectType.OTHER_OPERATING).code(null))
                .spend(TestBudgets.line("31002", "50306").project("410303230000000009157").amount("20.00"))
                .spend(TestBudgets.line("30226", "50205").project("无编码项目").source(FundSource.GOVERNMENT_FUND)
                        .function("2120801").amount("5.55"))
                .carryForward(FundSource.GENERAL_PUBLIC_BUDGET, true, "7.00")
                .income("310001", FundSource.GENERAL_PUBLIC_BUDGET, true, "7.00")
                .annualGoal("年度履职目标。")
                .task("任务一", "内容一")
                .task("任务二", null)
                .overallIndicator("产出指标", "数量指标", "培训人次", "≥200人次", null)
                .overallIndicator("满意度指标", null, "群众满意度", "≥95%", "问卷")
                .priorYear("300.00", "200.00", null, "0.00")
                .priorThreePublic("0.00", "1.20", null, "3.00")
                .changeReasons(new ChangeReasons("总体原因", null, "基金原因", null, null))
                .threePublicReason("公务接待增加。")
                .procurement("1.00", null, "2.50")
                .assets(new Assets("2022年期末", new Assets.Vehicles(1, 0, 0, 2, "应急车"), 3, 0))
                .specialTransferPayment("社区治理专项", "50.00")
                .specialTransferPayment("", "-1.00")
                .build();
    }

    @Test
    void the_everything_budget_really_uses_the_optional_parts() {
        Budget b = everything();

        assertThat(b.carryForward()).isNotEmpty();
        assertThat(b.projects()).extracting(p -> p.code()).containsExactly("410303230000000009157", null);
        assertThat(b.lines()).anyMatch(l -> !l.appropriation()).anyMatch(l -> l.carryOver());
        assertThat(b.priorYear().threePublic().vehiclePurchase()).isNull();
        assertThat(b.specialTransferPayments()).extracting(t -> t.name()).contains("");
        assertThat(b.departmentPerformance().tasks()).hasSize(2);
        assertThat(b.assets().vehicles().otherNote()).isEqualTo("应急车");
    }
}
