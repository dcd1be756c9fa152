package org.budgetflow.book;

import java.math.BigDecimal;

import org.budgetflow.budget.Amounts;
import org.budgetflow.budget.Budget;
import org.budgetflow.budget.FundSource;
import org.budgetflow.budget.Funding;
import org.budgetflow.budget.Line;

/**
 * 预算情况 of an overall table, in 万元: 部门预算总额 with its 资金来源 (政府预算资金, 财政专户管理资金, 单位资金) and its
 * 资金结构 (基本支出, 项目支出).
 * <ul>
 *   <li>基本支出 / 项目支出: the lines of the basic / project categories; 部门预算总额 = 基本支出 + 项目支出 (what the
 *       department spends, as the district generator maps the book's total onto lines);</li>
 *   <li>资金来源 from the income (this year's and carried over): 政府预算资金 = the three fiscal budgets (一般公共预算,
 *       政府性基金, 国有资本经营), 财政专户管理资金 = {@link FundSource#FISCAL_SPECIAL_ACCOUNT}, 单位资金 = every other
 *       source (事业收入, 经营收入, 上级补助, 附属单位上缴, 其他收入, 单位资金结转).</li>
 * </ul>
 * In a balanced budget without year-end carry-forward the three sources add up to the total; when they do not, the
 * validator's balance rules say so.
 */
public record BudgetFigures(BigDecimal total, BigDecimal governmentFunds, BigDecimal specialAccount,
                            BigDecimal unitFunds, BigDecimal basic, BigDecimal project) {
    public static final BudgetFigures ZERO = new BudgetFigures(zero(), zero(), zero(), zero(), zero(), zero());

    /** The figures derived from one department's budget. */
    public static BudgetFigures of(Budget budget) {
        BigDecimal basic = zero();
        BigDecimal project = zero();
        for (Line line : budget.lines()) {
            if (line.category() == null || line.amount() == null) {
                continue;
            }
            if (line.category().isProject()) {
                project = project.add(line.amount());
            } else {
                basic = basic.add(line.amount());
            }
        }
        BigDecimal government = zero();
        BigDecimal special = zero();
        BigDecimal unit = zero();
        for (Funding f : budget.income()) {
            if (f.fundSource() == null || f.amount() == null) {
                continue;
            }
            if (f.fundSource().fiscal()) {
                government = government.add(f.amount());
            } else if (f.fundSource() == FundSource.FISCAL_SPECIAL_ACCOUNT) {
                special = special.add(f.amount());
            } else {
                unit = unit.add(f.amount());
            }
        }
        return new BudgetFigures(basic.add(project), government, special, unit, basic, project);
    }

    public BudgetFigures plus(BudgetFigures other) {
        return new BudgetFigures(total.add(other.total), governmentFunds.add(other.governmentFunds),
                specialAccount.add(other.specialAccount), unitFunds.add(other.unitFunds), basic.add(other.basic),
                project.add(other.project));
    }

    private static BigDecimal zero() {
        return Amounts.orZero(null);
    }
}
