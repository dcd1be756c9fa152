package org.budgetflow.disclosure.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.budgetflow.budget.FundSource;

/**
 * The key figures of the narrative (第二部分 情况说明), section by section. Amounts in 万元; a null figure is one the
 * narrative does not state.
 */
public record Narrative(
        Totals totals,
        Income income,
        Breakdown expenditure,
        Fiscal fiscal,
        Breakdown generalPublicBudget,
        BasicBreakdown generalPublicBudgetBasic,
        ThreePublic threePublic,
        Spending governmentFund,
        Spending stateCapital,
        OperatingCosts operatingCosts,
        Procurement procurement,
        PerformanceTargets performanceTargets,
        Assets assets,
        String specialTransferPayments) {

    /** 一、收入支出预算总体情况: 收入总计, 支出总计 and their change against last year. */
    public record Totals(BigDecimal incomeTotal, BigDecimal expenditureTotal, Change change) {
    }

    /**
     * 二、收入预算总体情况: 收入合计 (incl. carry-over), 一般公共预算收入, the other current-year sources with money (in
     * {@link FundSource} order), and
     * 上年结转结余.
     */
    public record Income(BigDecimal total, BigDecimal generalPublicBudget, Map<FundSource, BigDecimal> otherSources,
                         BigDecimal carryOver) {
        public Income {
            EnumMap<FundSource, BigDecimal> ordered = new EnumMap<>(FundSource.class);
            ordered.putAll(otherSources);
            otherSources = Collections.unmodifiableMap(ordered);
        }
    }

    /** A total split into basic (基本支出) and project (项目支出) expenditure with their shares. */
    public record Breakdown(BigDecimal total, BigDecimal basic, Percentage basicShare, BigDecimal project,
                            Percentage projectShare) {
    }

    /** 六、一般公共预算基本支出: 人员经费 and 公用经费 with their shares. */
    public record BasicBreakdown(BigDecimal total, BigDecimal personnel, Percentage personnelShare,
                                 BigDecimal publicOffice, Percentage publicOfficeShare) {
    }

    /**
     * 四、财政拨款收入支出预算总体情况, by budget.
     *
     * @param stateCapital null when the department has no 国有资本经营预算 money and no prior figure to compare
     */
    public record Fiscal(FiscalBudget generalPublicBudget, FiscalBudget governmentFund, FiscalBudget stateCapital) {
    }

    /**
     * The 收支预算 of one fiscal budget (lines of that source, carry-over included).
     *
     * @param basis  the printed qualifier of the amount: "含上年结转" when carried-over money is part of it, else null
     * @param change against last year, null when no prior figure is stated
     */
    public record FiscalBudget(BigDecimal amount, String basis, Change change) {
        public boolean includesCarryOver() {
            return basis != null;
        }
    }

    /** An amount with its change against last year (null when not stated). */
    public record Compared(BigDecimal amount, Change change) {
    }

    /** 七、"三公"经费: the total and each component with its change; 公务用车购置及运行费 = 购置费 + 运行维护费. */
    public record ThreePublic(Compared total, Compared abroad, Compared reception, BigDecimal vehicles,
                              Compared vehiclePurchase, Compared vehicleOperation) {
    }

    /**
     * 八、政府性基金 / 九、国有资本经营 支出: the breakdown when there is money, else the statement that there is none.
     */
    public record Spending(Breakdown breakdown, String noneStatement) {
        public boolean none() {
            return breakdown == null;
        }
    }

    /**
     * 十(一) 机关运行经费 (= 一般公共预算基本支出 公用经费).
     *
     * @param printedTitle the section's wording in the template ("机构运转经费支出预算")
     */
    public record OperatingCosts(BigDecimal total, String printedTitle, String explanation) {
    }

    /** 十(二) 政府采购: 货物, 工程, 服务 and their total; null = not stated. */
    public record Procurement(BigDecimal total, BigDecimal goods, BigDecimal works, BigDecimal services) {
    }

    /** 十(三) 绩效目标设置情况: the project money and count, and the department's key projects (names). */
    public record PerformanceTargets(BigDecimal projectAmount, int projectCount, List<String> keyProjects) {
        public PerformanceTargets {
            keyProjects = List.copyOf(keyProjects);
        }
    }

    /** 十(四) 国有资产占用情况 at {@code asOf}; null counts are not stated. */
    public record Assets(String asOf, Integer vehicles, Integer generalOfficial, Integer lawEnforcement,
                         Integer specialTechnical, Integer other, String otherNote, Integer generalEquipmentOver500k,
                         Integer specialEquipmentOver1m) {
    }
}
