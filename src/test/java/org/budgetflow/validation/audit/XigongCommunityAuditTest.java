package org.budgetflow.validation.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.budgetflow.validation.Finding;
import org.budgetflow.validation.Severity;
import org.budgetflow.validation.ValidationReport;
import org.budgetflow.testing.GoldenFindings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Acceptance: the audit of the published 西工区社创办 2023 disclosure (shared/examples/xigong-community-2023) reports
 * the defects of known-defects.md and guide §6.2, and nothing where the guide says the document holds.
 * Run with -Dbudgetflow.golden.update=true to rewrite the golden file after a deliberate change.
 */
class XigongCommunityAuditTest {

    private static ValidationReport report;

    @BeforeAll
    static void audit() {
        report = DisclosureAuditor.standard().audit(AuditDisclosures.readXigong());
    }

    @Test
    void reports_the_table_04_carry_over_contradiction_with_its_figures_d1() {
        List<Finding> d1 = new ArrayList<>(report.byRule("V16"));
        d1.addAll(report.byRule("V22"));

        assertThat(d1).allMatch(f -> f.severity() == Severity.ERROR);
        assertThat(d1).extracting(Finding::message).contains(
                "表04 二、年终结转结余 合计 5140.50 ≠ 表01 年终结转结余 0.00（相差 5140.50）",
                "表04 （十二）城乡社区事务支出（212）一般公共预算 134.50 ≠ 表05 212 类合计 173.00（相差 38.50）",
                "表04 （二十一）住房保障支出（221）一般公共预算 8.51 ≠ 表05 221 类合计 110.51（相差 102.00）",
                "表04 一、本年支出 政府性基金 0.00 ≠ 表09 合计 5000.00（相差 5000.00）");
        assertThat(d1).extracting(Finding::location).contains(
                "tables.04.expenditure[item=二、年终结转结余].合计",
                "tables.04.expenditure[classCode=212].一般公共预算_小计",
                "tables.04.expenditure[classCode=221].一般公共预算_小计",
                "tables.04.expenditure[classCode=229].政府性基金",
                "tables.04.expenditure[item=一、本年支出].政府性基金");
    }

    @Test
    void reports_prior_year_components_that_exceed_the_prior_year_total_by_85_d2() {
        assertThat(report.byRule("V28")).filteredOn(Finding::isError).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo("narrative.财政拨款收支");
            assertThat(f.message()).contains("16207.60", "16122.60", "相差 85.00");
        });
    }

    @Test
    void reports_the_fund_item_listed_in_the_general_budget_table_d3() {
        assertThat(report.byRule("V17")).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo("tables.05.rows[code=2290402]");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void reports_no_finding_for_the_invariants_the_guide_verified() {
        List<String> verified = List.of("V01", "V02", "V03", "V04", "V05", "V13", "V14", "V18", "V20", "V23", "V24",
                "V25");

        assertThat(report.findings()).extracting(Finding::rule).doesNotContainAnyElementsOf(verified);
    }

    @Test
    void reports_no_narrative_percentage_as_wrong() {
        assertThat(report.byRule("V28")).filteredOn(f -> f.location().contains("占比"))
                .allSatisfy(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.message()).contains("保留 0 位小数");
                });
        assertThat(report.byRule("V28")).filteredOn(f -> f.location().contains("比上年")).isEmpty();
    }

    @Test
    void the_findings_equal_the_golden_file_exactly() {
        GoldenFindings.assertMatches(report.findings(), "xigong-community-2023.audit.json");
    }
}
