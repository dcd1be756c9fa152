package org.budgetflow.testing;

import java.util.List;

import org.budgetflow.budget.Budget;
import org.budgetflow.budget.ChangeReasons;
import org.budgetflow.budget.Department;
import org.budgetflow.budget.FundSource;
import org.budgetflow.budget.ProjectType;

/**
 * Synthetic budgets for the disclosure renderers (HTML, PDF, narrative text), built with {@link DisclosureBudgets}:
 * a department with two units, a department with government-fund and carried-over money, and copies of a budget
 * with the department's own texts (duties, composition) or name replaced.
 */
public final class PrintBudgets {
    private PrintBudgets() {
    }

    /** Department 510 测试局 with two units, 一般公共预算 and 事业收入, a carried-over 单位资金 project. */
    public static Budget twoUnits() {
        return DisclosureBudgets.budget()
                .unit("510001", "测试局机关")
                .unit("510002", "测试局服务中心")
                .income("510001", FundSource.GENERAL_PUBLIC_BUDGET, "100.00")
                .income("510002", FundSource.GENERAL_PUBLIC_BUDGET, "40.00")
                .income("510002", FundSource.BUSINESS_INCOME, "10.00")
                .carriedOverIncome("510002", FundSource.UNIT_FUNDS, "5.00")
                .project("P1", "机关运转项目", "510001", ProjectType.OTHER_OPERATING)
                .project("P2", "服务中心专项", "510002", ProjectType.SPECIFIC_PURPOSE, true)
                .line("510001", "2010301", "30101", "50101", "70.00").names("行政运行", "基本工资", "工资奖金津补贴").add()
                .line("510001", "2010301", "30201", "50201", "10.00").names("行政运行", "办公费", "办公经费")
                .publicOffice().add()
                .line("510001", "2010302", "30227", "50205", "20.00").names("一般行政管理事务", "委托业务费", "委托业务费")
                .forProject("P1", ProjectType.OTHER_OPERATING).add()
                .line("510002", "2010350", "30101", "50501", "30.00").names("事业运行", "基本工资", "工资福利支出").add()
                .line("510002", "2010350", "30227", "50502", "10.00").names("事业运行", "委托业务费", "商品和服务支出")
                .forProject("P2", ProjectType.SPECIFIC_PURPOSE).add()
                .line("510002", "2010350", "30201", "50502", "10.00").names("事业运行", "办公费", "商品和服务支出")
                .publicOffice().source(FundSource.BUSINESS_INCOME).add()
                .line("510002", "2010350", "30227", "50502", "5.00").names("事业运行", "委托业务费", "商品和服务支出")
                .source(FundSource.UNIT_FUNDS).carriedOver()
                .forProject("P2", ProjectType.SPECIFIC_PURPOSE).add()
                .priorYear("150.00", "120.00", null, null)
                .priorThreePublic("0.00", "1.00", "0.00", "0.00")
                .changeReasons(new ChangeReasons("人员增加。", "新增服务中心专项", null, null, "接待任务减少"))
                .procurement("3.00", null, "2.00")
                .build();
    }

    /**
     * Department 510 with 一般公共预算 and 政府性基金 money, each partly carried over from last year, part of the fund
     * carried forward again, and a reason for each change against last year.
     */
    public static Budget governmentFund() {
        return DisclosureBudgets.singleUnit()
                .income("510001", FundSource.GENERAL_PUBLIC_BUDGET, "80.00")
                .carriedOverIncome("510001", FundSource.GENERAL_PUBLIC_BUDGET, "20.00")
                .income("510001", FundSource.GOVERNMENT_FUND, "300.00")
                .carriedOverIncome("510001", FundSource.GOVERNMENT_FUND, "100.00")
                .carryForward("510001", FundSource.GOVERNMENT_FUND, "40.00")
                .project("A", "日常运转项目", "510001", ProjectType.OTHER_OPERATING)
                .project("B", "结转设施项目", "510001", ProjectType.SPECIFIC_PURPOSE)
                .project("C", "基金建设项目", "510001", ProjectType.SPECIFIC_PURPOSE, true)
                .line("510001", "2120101", "30101", "50101", "50.00").names("行政运行", "基本工资", "工资奖金津补贴").add()
                .line("510001", "2120101", "30201", "50201", "10.00").names("行政运行", "办公费", "办公经费")
                .publicOffice().add()
                .line("510001", "2120101", "30227", "50205", "20.00").names("行政运行", "委托业务费", "委托业务费")
                .forProject("A", ProjectType.OTHER_OPERATING).add()
                .line("510001", "2120399", "30999", "50499", "20.00").names("其他城乡社区公共设施支出", "其他基本建设支出",
                        "其他资本性支出").carriedOver().forProject("B", ProjectType.SPECIFIC_PURPOSE).add()
                .line("510001", "2120803", "30905", "50402", "300.00").names("城市公共设施", "基础设施建设", "基础设施建设")
                .source(FundSource.GOVERNMENT_FUND).forProject("C", ProjectType.SPECIFIC_PURPOSE).add()
                .line("510001", "2120803", "30905", "50402", "60.00").names("城市公共设施", "基础设施建设", "基础设施建设")
                .source(FundSource.GOVERNMENT_FUND).carriedOver().forProject("C", ProjectType.SPECIFIC_PURPOSE).add()
                .priorYear("400.00", "100.00", "500.00", null)
                .changeReasons(new ChangeReasons(null, null, "专项债券额度减少。", null, null))
                .build();
    }

    /** The budget with the department replaced. */
    public static Budget withDepartment(Budget b, Department department) {
        return new Budget(b.year(), department, b.units(), b.income(), b.carryForward(), b.lines(), b.projects(),
                b.departmentPerformance(), b.priorYear(), b.changeReasons(), b.procurement(), b.assets(),
                b.specialTransferPayments());
    }

    /** The budget with the department's duties and composition text. */
    public static Budget withTexts(Budget b, List<String> responsibilities, String composition) {
        Department d = b.department();
        return withDepartment(b, new Department(d.code(), d.name(), d.printedName(), responsibilities, composition));
    }
}
