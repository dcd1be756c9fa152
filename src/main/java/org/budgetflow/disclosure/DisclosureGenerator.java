package org.budgetflow.disclosure;

import java.util.Objects;

import org.budgetflow.budget.Budget;
import org.budgetflow.budget.FundSource;
import org.budgetflow.disclosure.model.Disclosure;
import org.budgetflow.disclosure.model.DisclosureTables;

/**
 * Computes a department's disclosure (部门预算公开) — the 13 tables and the narrative's key figures — from its budget
 * alone. Pure and deterministic: the same budget gives an equal model. Reference data is injected: the template's
 * 功能类 labels, its wording, the 三公 economic codes and, optionally, the code lists' names for lines that print
 * none.
 */
public final class DisclosureGenerator {
    public static final String AMOUNT_UNIT = "万元";

    private final FunctionClasses functionClasses;
    private final Wording wording;
    private final ThreePublicCodes threePublicCodes;
    private final CodeNames codeNames;

    public DisclosureGenerator(FunctionClasses functionClasses, Wording wording, ThreePublicCodes threePublicCodes,
                               CodeNames codeNames) {
        this.functionClasses = Objects.requireNonNull(functionClasses, "functionClasses");
        this.wording = Objects.requireNonNull(wording, "wording");
        this.threePublicCodes = Objects.requireNonNull(threePublicCodes, "threePublicCodes");
        this.codeNames = Objects.requireNonNull(codeNames, "codeNames");
    }

    /** With the bundled template data and no code list (names as the lines print them). */
    public DisclosureGenerator() {
        this(CodeNames.NONE);
    }

    /** With the bundled template data and the given code-list names. */
    public DisclosureGenerator(CodeNames codeNames) {
        this(FunctionClasses.loadDefault(), Wording.loadDefault(), ThreePublicCodes.standard(), codeNames);
    }

    public Disclosure generate(Budget budget) {
        Context ctx = Context.of(budget, codeNames, wording, functionClasses, threePublicCodes);
        DisclosureTables tables = new DisclosureTables(
                new IncomeExpenditureTableBuilder().build(ctx),
                new IncomeTableBuilder().build(ctx),
                new FunctionTableBuilder("03", l -> true, false).build(ctx),
                new FiscalAppropriationTableBuilder().build(ctx),
                new FunctionTableBuilder("05", l -> l.fundSource() == FundSource.GENERAL_PUBLIC_BUDGET, true)
                        .build(ctx),
                new BasicExpenditureTableBuilder().build(ctx),
                new EconomicTableBuilder().build(ctx),
                new ThreePublicTableBuilder().build(ctx),
                new FunctionTableBuilder("09", l -> l.fundSource() == FundSource.GOVERNMENT_FUND, true).build(ctx),
                new FunctionTableBuilder("10", l -> l.fundSource() == FundSource.STATE_CAPITAL, true).build(ctx),
                new ProjectTableBuilder().build(ctx),
                new OverallPerformanceTableBuilder().build(ctx),
                new ProjectPerformanceTableBuilder().build(ctx));
        return new Disclosure(budget.year(), AMOUNT_UNIT,
                new Disclosure.DepartmentInfo(budget.department().code(), budget.department().name(),
                        Codes.blankToNull(budget.department().printedName())),
                budget.units().stream().map(u -> new Disclosure.UnitInfo(u.code(), u.name())).toList(),
                new NarrativeBuilder().build(ctx),
                tables);
    }
}
