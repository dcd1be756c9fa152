package org.budgetflow.validation.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.budgetflow.validation.Finding;
import org.budgetflow.validation.Findings;
import org.budgetflow.validation.ValidationReport;

/**
 * Audits a published disclosure against the reconciliation invariants V01–V34 (domain guide §2.3). A rule reports a
 * place at most once: a second finding of the same rule at the same location is dropped.
 */
public final class DisclosureAuditor {
    private final List<DisclosureRule> rules;

    public DisclosureAuditor(List<DisclosureRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Every V rule, in guide order. */
    public static DisclosureAuditor standard() {
        return new DisclosureAuditor(List.of(
                new V01IncomeRowsAddUp(), new V02Table01Totals(), new V03ClassRowsAddUp(),
                new V04Table02Rows(), new V05ExpenditureTables(), new V06Table04Balance(),
                new V07Table06Rows(), new V08Table07Rows(), new V09ThreePublicComponents(),
                new V10Table11Rows(), new V11Table12Budget(), new V12Table13Amounts(),
                new V13IncomeTablesAgree(), new V14ExpenditureByClass(), new V15FiscalIncome(),
                new V16FiscalExpenditureByClass(), new V17GeneralBudgetPartOfTable03(),
                new V18BasicExpenditureSplit(), new V19BasicWithinEconomicSummary(),
                new V20EconomicSummaryTotals(), new V21ThreePublicFromEconomicCodes(),
                new V22FundTablesAgreeWithTable04(), new V23ProjectTable(), new V24CurrentGeneralBudget(),
                new V25PerformanceTables(), new V26ProjectSets(), new V27ProjectEconomicTypes(),
                new V28NarrativeFigures(), new V29EmptyTableRemarks(), new V30OperatingCosts(),
                new V31Procurement(), new V32VehiclesAndOperatingCosts(), new V33ThreePublicIncreaseReasons(),
                new V34NamesAndYears()));
    }

    public List<DisclosureRule> rules() {
        return rules;
    }

    public ValidationReport audit(DisclosureDocument document) {
        Map<String, Finding> unique = new LinkedHashMap<>();
        for (DisclosureRule rule : rules) {
            Findings findings = new Findings();
            rule.check(document, findings);
            for (Finding finding : findings.toList()) {
                unique.putIfAbsent(finding.rule() + "\u0000" + finding.location(), finding);
            }
        }
        return new ValidationReport(List.copyOf(unique.values()));
    }
}
