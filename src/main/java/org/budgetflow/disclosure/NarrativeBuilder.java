package org.budgetflow.disclosure;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.budgetflow.budget.Budget;
import org.budgetflow.budget.ExpenditureCategory;
import org.budgetflow.budget.FundSource;
import org.budgetflow.budget.Funding;
import org.budgetflow.budget.Line;
import org.budgetflow.budget.PriorYear;
import org.budgetflow.budget.Project;
import org.budgetflow.disclosure.model.Change;
import org.budgetflow.disclosure.model.Narrative;
import org.budgetflow.disclosure.model.Narrative.Breakdown;
import org.budgetflow.disclosure.model.Narrative.FiscalBudget;
import org.budgetflow.disclosure.model.Narrative.Spending;
import org.budgetflow.disclosure.model.Percentage;

/**
 * The narrative's key figures, section by section, from the budget alone (the same sums as the tables they cite):
 * totals (table 01), income, expenditure (03), fiscal appropriation (04/05/09/10) against last year, 一般公共预算
 * expenditure (05) and basic expenditure (06), 三公 (08) against last year, 政府性基金 (09), 国有资本经营 (10),
 * 机关运行经费 (= 06 公用经费), procurement, performance targets (11/13), assets and special transfer payments.
 */
final class NarrativeBuilder {

    Narrative build(Context ctx) {
        Budget budget = ctx.budget();
        List<Line> lines = budget.lines();
        PriorYear prior = budget.priorYear();
        return new Narrative(
                totals(budget),
                income(budget.income()),
                breakdown(lines, l -> true),
                fiscal(ctx),
                breakdown(lines, l -> l.fundSource() == FundSource.GENERAL_PUBLIC_BUDGET),
                basic(lines),
                new ThreePublicNarrative().build(ThreePublicAmounts.of(lines, ctx.threePublicCodes()), prior,
                        budget.changeReasons().threePublic()),
                spending(lines, FundSource.GOVERNMENT_FUND, ctx.wording().text("narrative.governmentFund.none",
                        ctx.year())),
                spending(lines, FundSource.STATE_CAPITAL, ctx.wording().text("narrative.stateCapital.none",
                        ctx.year())),
                new Narrative.OperatingCosts(
                        Money.lines(lines, l -> l.fundSource() == FundSource.GENERAL_PUBLIC_BUDGET
                                && l.category() == ExpenditureCategory.PUBLIC_OFFICE),
                        ctx.wording().text("narrative.operatingCosts.title"),
                        ctx.wording().text("narrative.operatingCosts.explanation")),
                procurement(budget),
                performance(budget),
                assets(budget),
                new SpecialTransferText(ctx.wording()).text(ctx.year(), budget.specialTransferPayments()));
    }

    private static Narrative.Totals totals(Budget budget) {
        BigDecimal income = Money.funding(budget.income(), f -> true);
        BigDecimal expenditure = Money.lines(budget.lines(), l -> true)
                .add(Money.funding(budget.carryForward(), f -> true));
        return new Narrative.Totals(income, expenditure,
                Change.between(income, budget.priorYear().total(), budget.changeReasons().total()));
    }

    private static Narrative.Income income(List<Funding> income) {
        Map<FundSource, BigDecimal> others = new EnumMap<>(FundSource.class);
        for (FundSource source : FundSource.values()) {
            if (source == FundSource.GENERAL_PUBLIC_BUDGET) {
                continue;
            }
            BigDecimal amount = Money.funding(income, f -> !f.carryOver() && f.fundSource() == source);
            if (amount.signum() != 0) {
                others.put(source, amount);
            }
        }
        return new Narrative.Income(
                Money.funding(income, f -> true),
                Money.funding(income, f -> !f.carryOver() && f.fundSource() == FundSource.GENERAL_PUBLIC_BUDGET),
                others,
                Money.funding(income, Funding::carryOver));
    }

    private static Breakdown breakdown(List<Line> lines, Predicate<Line> scope) {
        BigDecimal total = Money.lines(lines, scope);
        BigDecimal basic = Money.lines(lines, scope.and(l -> l.category().isBasic()));
        BigDecimal project = Money.lines(lines, scope.and(l -> l.category().isProject()));
        return new Breakdown(total, basic, Percentage.of(basic, total), project, Percentage.of(project, total));
    }

    private static Narrative.BasicBreakdown basic(List<Line> lines) {
        Predicate<Line> gpb = l -> l.fundSource() == FundSource.GENERAL_PUBLIC_BUDGET;
        BigDecimal total = Money.lines(lines, gpb.and(l -> l.category().isBasic()));
        BigDecimal personnel = Money.lines(lines, gpb.and(l -> l.category() == ExpenditureCategory.PERSONNEL));
        BigDecimal office = Money.lines(lines, gpb.and(l -> l.category() == ExpenditureCategory.PUBLIC_OFFICE));
        return new Narrative.BasicBreakdown(total, personnel, Percentage.of(personnel, total), office,
                Percentage.of(office, total));
    }

    private static Narrative.Fiscal fiscal(Context ctx) {
        Budget budget = ctx.budget();
        PriorYear prior = budget.priorYear();
        String basis = ctx.wording().text("narrative.fiscal.includesCarryOver");
        FiscalBudget gpb = fiscalBudget(budget.lines(), FundSource.GENERAL_PUBLIC_BUDGET,
                prior.generalPublicBudget(), budget.changeReasons().generalPublicBudget(), basis);
        FiscalBudget fund = fiscalBudget(budget.lines(), FundSource.GOVERNMENT_FUND,
                prior.governmentFund(), budget.changeReasons().governmentFund(), basis);
        FiscalBudget capital = fiscalBudget(budget.lines(), FundSource.STATE_CAPITAL,
                prior.stateCapital(), budget.changeReasons().stateCapital(), basis);
        boolean noCapital = capital.amount().signum() == 0 && prior.stateCapital() == null;
        return new Narrative.Fiscal(gpb, fund, noCapital ? null : capital);
    }

    private static FiscalBudget fiscalBudget(List<Line> lines, FundSource source, BigDecimal prior, String reason,
                                             String carriedBasis) {
        BigDecimal amount = Money.lines(lines, l -> l.fundSource() == source);
        boolean carried = Money.lines(lines, l -> l.fundSource() == source && l.carryOver()).signum() != 0;
        return new FiscalBudget(amount, carried ? carriedBasis : null, Change.between(amount, prior, reason));
    }

    private static Spending spending(List<Line> lines, FundSource source, String noneStatement) {
        Breakdown b = breakdown(lines, l -> l.fundSource() == source);
        return b.total().signum() == 0 ? new Spending(null, noneStatement) : new Spending(b, null);
    }

    private static Narrative.Procurement procurement(Budget budget) {
        var p = budget.procurement();
        boolean stated = p.goods() != null || p.works() != null || p.services() != null;
        return new Narrative.Procurement(stated ? p.total() : null, p.goods(), p.works(), p.services());
    }

    private static Narrative.PerformanceTargets performance(Budget budget) {
        return new Narrative.PerformanceTargets(
                Money.lines(budget.lines(), l -> l.category().isProject()),
                budget.projects().size(),
                budget.projects().stream().filter(Project::keyProject).map(Project::name).toList());
    }

    private static Narrative.Assets assets(Budget budget) {
        var a = budget.assets();
        var v = a.vehicles();
        return new Narrative.Assets(a.asOf(),
                v == null ? null : v.total(),
                v == null ? null : v.generalOfficial(),
                v == null ? null : v.lawEnforcement(),
                v == null ? null : v.specialTechnical(),
                v == null ? null : v.other(),
                v == null ? null : v.otherNote(),
                a.generalEquipmentOver500k(),
                a.specialEquipmentOver1m());
    }
}
