package org.budgetflow.validation.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.budgetflow.validation.Findings;
import org.budgetflow.validation.ValidationReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class DisclosureAuditorTest {

    static List<DisclosureRule> standardRules() {
        return DisclosureAuditor.standard().rules();
    }

    @Test
    void the_standard_auditor_runs_every_rule_from_v01_to_v34_in_guide_order() {
        List<String> expected = IntStream.rangeClosed(1, 34).mapToObj(i -> String.format("V%02d", i)).toList();

        assertThat(standardRules()).extracting(DisclosureRule::id).containsExactlyElementsOf(expected);
        assertThat(standardRules()).allSatisfy(rule -> assertThat(rule.title()).isNotBlank());
    }

    @ParameterizedTest(name = "{0} finds nothing in the consistent fixture")
    @MethodSource("standardRules")
    void every_rule_accepts_the_consistent_fixture(DisclosureRule rule) {
        assertThat(AuditDisclosures.consistent().check(rule)).isEmpty();
    }

    @Test
    void the_consistent_fixture_passes_the_whole_audit() {
        ValidationReport report = AuditDisclosures.consistent().audit();

        assertThat(report.findings()).isEmpty();
        assertThat(report.hasErrors()).isFalse();
    }

    @Test
    void reports_a_place_only_once_per_rule() {
        DisclosureRule twice = new DisclosureRule() {
            @Override
            public String id() {
                return "V99";
            }

            @Override
            public String title() {
                return "重复报告";
            }

            @Override
            public void check(DisclosureDocument d, Findings f) {
                f.error(id(), "tables.01.totals.收入总计", "第一次");
                f.error(id(), "tables.01.totals.收入总计", "第二次");
                f.warning(id(), "tables.01.totals.支出总计", "另一处");
            }
        };

        ValidationReport report = new DisclosureAuditor(List.of(twice)).audit(AuditDisclosures.consistent().document());

        assertThat(report.findings()).extracting(f -> f.message()).containsExactlyInAnyOrder("第一次", "另一处");
    }

    @Test
    void one_changed_cell_is_reported_by_each_rule_whose_invariant_it_breaks_and_no_other() {
        ValidationReport report = AuditDisclosures.consistent()
                .set("tables.04.expenditure[classCode=212].一般公共预算_小计", "49.00")
                .set("tables.04.expenditure[classCode=212].一般公共预算_其中财政拨款", "49.00")
                .audit();

        assertThat(report.findings()).extracting(f -> f.rule()).containsOnly("V06", "V16");
        assertThat(report.byRule("V16")).extracting(f -> f.location())
                .containsExactly("tables.04.expenditure[classCode=212].一般公共预算_小计");
    }

    @Test
    void audits_a_document_whose_tables_have_no_rows_without_failing() {
        AuditDisclosures empty = AuditDisclosures.consistent();
        for (String id : List.of("02", "03", "05", "07", "09", "10", "11")) {
            empty.setJson("tables." + id + ".rows", "[]");
        }
        empty.setJson("tables.01.income", "[]").setJson("tables.01.expenditure", "[]")
                .setJson("tables.04.income", "[]").setJson("tables.04.expenditure", "[]")
                .setJson("tables.06.rows", "[]").setJson("tables.13.projects", "[]").setJson("tables.13.units", "[]")
                .setJson("narrative", "{}");

        ValidationReport report = DisclosureAuditor.standard().audit(empty.document());

        assertThat(report.findings()).isNotEmpty().allSatisfy(f -> assertThat(f.message()).isNotBlank());
    }
}
