package org.budgetflow.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetflow.testing.TestBudgets.budget;
import static org.budgetflow.testing.TestBudgets.line;

import java.util.List;

import org.budgetflow.budget.FundSource;
import org.budgetflow.validation.Finding;
import org.budgetflow.validation.Severity;
import org.junit.jupiter.api.Test;

class VehiclesMatchVehicleRunningCostsTest {
    private final VehiclesMatchVehicleRunningCosts rule = new VehiclesMatchVehicleRunningCosts();

    @Test
    void warns_about_vehicle_running_costs_without_vehicles() {
        List<Finding> findings = budget().vehicles(0).spend(line("30231", "50208").amount("2.40")).findings(rule);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("V32");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location()).isEqualTo("assets.vehicles");
            assertThat(f.message()).contains("公务用车运行维护费（30231）2.40", "车辆 0 辆");
        });
    }

    @Test
    void warns_about_vehicles_without_running_costs() {
        List<Finding> findings = budget().vehicles(2).findings(rule);

        assertThat(findings).singleElement().extracting(Finding::message).asString()
                .contains("车辆 2 辆", "未安排公务用车运行维护费");
    }

    @Test
    void accepts_vehicles_with_running_costs() {
        List<Finding> findings = budget().vehicles(1).spend(line("30231", "50208").amount("2.40")).findings(rule);

        assertThat(findings).isEmpty();
    }

    @Test
    void does_not_count_running_costs_paid_from_other_sources_as_fiscal_three_public_money() {
        List<Finding> findings = budget()
                .vehicles(0)
                .spend(line("30231", "50208").source(FundSource.BUSINESS_INCOME).amount("2.40"))
                .findings(rule);

        assertThat(findings).isEmpty();
    }

    @Test
    void says_in_its_title_that_it_reports_a_warning_although_the_guide_says_error() {
        assertThat(rule.title()).contains("指南定为错误", "警告");
    }
}
