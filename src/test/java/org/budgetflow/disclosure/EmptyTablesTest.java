package org.budgetflow.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.budgetflow.budget.FundSource;
import org.budgetflow.budget.ProjectType;
import org.budgetflow.disclosure.model.Disclosure;
import org.budgetflow.disclosure.model.RowType;
import org.budgetflow.testing.DisclosureBudgets;
import org.junit.jupiter.api.Test;

/** A table without data keeps its structure and says so: "备注：<部门名称> <年>年无<…>安排的支出，故此表无数据。". */
class EmptyTablesTest {
    /** Only business income, no fiscal money and no projects. */
    private final Disclosure empty = new DisclosureGenerator().generate(DisclosureBudgets.singleUnit()
            .printedName("测试局（汇总）")
            .income("510001", FundSource.BUSINESS_INCOME, "5.00")
            .line("510001", "2010350", "30101", "50501", "5.00").source(FundSource.BUSINESS_INCOME).add()
            .build());

    private final Disclosure full = new DisclosureGenerator().generate(DisclosureBudgets.singleUnit()
            .income("510001", FundSource.GENERAL_PUBLIC_BUDGET, "6.00")
            .project("P", "项目", "510001", ProjectType.OTHER_OPERATING)
            .line("510001", "2010301", "30101", "50101", "5.00").add()
            .line("510001", "2010301", "30227", "50205", "1.00").forProject("P", ProjectType.OTHER_OPERATING).add()
            .build());

    @Test
    void tables_05_06_09_10_11_and_13_without_data_carry_the_remark_with_the_printed_department_name() {
        assertThat(empty.tables().generalPublicBudget().remark())
                .isEqualTo("备注：测试局（汇总） 2024年无一般公共预算支出预算拨款安排的支出，故此表无数据。");
        assertThat(empty.tables().generalPublicBudgetBasic().remark()).contains("无一般公共预算基本支出预算拨款安排的支出");
        assertThat(empty.tables().governmentFund().remark())
                .isEqualTo("备注：测试局（汇总） 2024年无政府性基金支出预算拨款安排的支出，故此表无数据。");
        assertThat(empty.tables().projects().remark()).endsWith("故此表无数据。");
        assertThat(empty.tables().projectPerformance().remark()).endsWith("故此表无数据。");
    }

    @Test
    void tables_with_data_carry_no_remark() {
        assertThat(full.tables().generalPublicBudget().remark()).isNull();
        assertThat(full.tables().generalPublicBudgetBasic().remark()).isNull();
        assertThat(full.tables().projects().remark()).isNull();
        assertThat(full.tables().projectPerformance().remark()).isNull();
    }

    @Test
    void an_empty_table_keeps_its_columns_and_a_total_row_of_empty_cells() {
        var grid = empty.tables().governmentFund().grid();

        assertThat(grid.amountColumns()).hasSize(9);
        assertThat(grid.rows()).extracting(r -> r.type()).containsExactly(RowType.TOTAL);
        assertThat(grid.amountColumns()).allSatisfy(c -> assertThat(grid.rows().get(0).amount(c)).isNull());
    }

    @Test
    void the_narrative_says_there_is_no_fund_money_and_no_special_transfer_payment() {
        assertThat(empty.narrative().governmentFund().none()).isTrue();
        assertThat(empty.narrative().governmentFund().noneStatement()).isEqualTo("2024年无政府性基金预算拨款安排的支出。");
        assertThat(empty.narrative().specialTransferPayments()).isEqualTo("2024年无负责管理的专项转移支付项目。");
    }

    @Test
    void the_narrative_lists_special_transfer_payments_when_there_are_some() {
        Disclosure d = new DisclosureGenerator().generate(DisclosureBudgets.singleUnit()
                .specialTransfer("社区服务补助", "12.50").specialTransfer("养老服务补贴", "7.50").build());

        assertThat(d.narrative().specialTransferPayments())
                .isEqualTo("2024年负责管理的专项转移支付项目共2个，金额合计20.00万元，其中：社区服务补助12.50万元、养老服务补贴7.50万元。");
    }
}
