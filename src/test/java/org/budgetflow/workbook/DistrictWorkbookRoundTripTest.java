package org.budgetflow.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.budgetflow.budget.Budget;
import org.budgetflow.budget.interchange.BudgetJsonWriter;
import org.budgetflow.district.BundledDistrict;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** budget-v1 → workbook → budget-v1 for every department of the demo district 2024. */
class DistrictWorkbookRoundTripTest {
    private static final List<Budget> DISTRICT = BundledDistrict.budgets();
    private final BudgetJsonWriter json = new BudgetJsonWriter();

    static Stream<Named<Budget>> departments() {
        return DISTRICT.stream().map(b -> Named.of(b.department().code() + " " + b.department().name(), b));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("departments")
    void every_demo_district_department_survives_budget_to_workbook_to_budget_unchanged(Budget budget) {
        Budget back = Workbooks.read(Workbooks.WRITER.write(budget));

        assertThat(back).isEqualTo(budget);
        assertThat(json.toJson(back)).isEqualTo(json.toJson(budget));
    }

    @Test
    void the_round_trip_covers_all_54_departments_with_their_projects_and_indicators() {
        long projects = DISTRICT.stream().mapToLong(b -> b.projects().size()).sum();
        long indicators = DISTRICT.stream().flatMap(b -> b.projects().stream())
                .mapToLong(p -> p.indicators().size()).sum();

        assertThat(DISTRICT).hasSize(54);
        assertThat(projects).isPositive();
        assertThat(indicators).isGreaterThan(projects);
    }
}
