package org.budgetflow.district;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.budgetflow.budget.BudgetUnit;
import org.budgetflow.budget.ExpenditureCategory;
import org.budgetflow.budget.Line;
import org.budgetflow.budget.Project;
import org.budgetflow.budget.ProjectType;
import org.budgetflow.budget.UnitKind;
import org.budgetflow.classification.ClassificationCatalog;
import org.junit.jupiter.api.Test;

class LineSynthesizerTest {
    private final SynthesisTables tables = SynthesisTables.loadDefault();
    private final LineSynthesizer synthesizer = new LineSynthesizer(
            ClassificationCatalog.loadDefault().forYear(2024), tables);
    private final BudgetUnit office = new BudgetUnit("151001", "某某街道办事处", UnitKind.ADMINISTRATIVE);
    private final BudgetUnit centre = new BudgetUnit("510001", "某某服务中心", UnitKind.PUBLIC_INSTITUTION);

    @Test
    void splits_an_amount_exactly_by_largest_remainder_with_ties_to_the_earlier_share() {
        assertThat(LineSynthesizer.split(new BigDecimal("0.03"), List.of(1, 1, 1, 1)))
                .containsExactly(new BigDecimal("0.01"), new BigDecimal("0.01"), new BigDecimal("0.01"),
                        new BigDecimal("0.00"));
        assertThat(LineSynthesizer.split(new BigDecimal("100.00"), List.of(800, 200)))
                .containsExactly(new BigDecimal("80.00"), new BigDecimal("20.00"));
        assertThat(LineSynthesizer.split(new BigDecimal("0.10"), List.of(333, 667)))
                .containsExactly(new BigDecimal("0.03"), new BigDecimal("0.07"));
    }

    @Test
    void the_basic_lines_add_up_to_the_basic_expenditure_to_the_cent() {
        SynthesisTables.DepartmentKind street = tables.departmentKind("某某街道办事处");
        List<Line> lines = synthesizer.basicLines(office, street, new BigDecimal("553.71"));
        assertThat(lines).hasSize(tables.basicShares().size());
        assertThat(lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualTo(new BigDecimal("553.71"));
        assertThat(lines).allMatch(l -> l.category().isBasic());
        assertThat(lines).filteredOn(l -> l.deptEconCode().equals("30101")).singleElement()
                .satisfies(l -> assertThat(l.functionCode()).isEqualTo("2010301"));
        assertThat(lines).filteredOn(l -> l.deptEconCode().equals("30108")).singleElement()
                .satisfies(l -> assertThat(l.functionCode()).isEqualTo("2080505"));
    }

    @Test
    void leaves_out_the_shares_that_come_to_nothing_in_a_tiny_basic_expenditure() {
        List<Line> lines = synthesizer.basicLines(office, tables.departmentKind("某某局"), new BigDecimal("0.02"));
        assertThat(lines).hasSize(2).allMatch(l -> l.amount().compareTo(new BigDecimal("0.01")) == 0);
    }

    @Test
    void a_public_institution_gets_its_own_functional_and_government_economic_codes() {
        SynthesisTables.DepartmentKind service = tables.departmentKind("某某机关事务服务中心");
        List<Line> lines = synthesizer.basicLines(centre, service, new BigDecimal("100.00"));
        assertThat(lines).filteredOn(l -> l.deptEconCode().equals("30101")).singleElement().satisfies(l -> {
            assertThat(l.functionCode()).isEqualTo("2010350");
            assertThat(l.govEconCode()).isEqualTo("50501");
        });
        assertThat(lines).filteredOn(l -> l.deptEconCode().equals("30110")).singleElement()
                .satisfies(l -> assertThat(l.functionCode()).isEqualTo("2101102"));
        assertThat(lines).filteredOn(l -> l.category() == ExpenditureCategory.PUBLIC_OFFICE)
                .allMatch(l -> l.govEconCode().equals("50502"));
    }

    @Test
    void a_project_line_takes_its_economic_code_from_the_name_and_its_function_from_the_type() {
        SynthesisTables.DepartmentKind street = tables.departmentKind("某某街道办事处");
        Project car = new Project("p1", "410303240000000000001", "服务群众专项经费-公务用车运行维护费", "151001",
                ProjectType.OTHER_OPERATING, false, List.of());
        Line line = synthesizer.projectLine(office, street, car, new BigDecimal("7.60"));
        assertThat(line.deptEconCode()).isEqualTo("30231");
        assertThat(line.govEconCode()).isEqualTo("50208");
        assertThat(line.functionCode()).isEqualTo("2010302");
        assertThat(line.category()).isEqualTo(ExpenditureCategory.OTHER_OPERATING);
        assertThat(line.projectId()).isEqualTo("p1");

        Project grant = new Project("p2", null, "社区建设补助资金", "151001", ProjectType.SPECIFIC_PURPOSE, false,
                List.of());
        Line other = synthesizer.projectLine(office, street, grant, new BigDecimal("1.00"));
        assertThat(other.deptEconCode()).isEqualTo("30227");
        assertThat(other.functionCode()).isEqualTo("2120199");
        assertThat(other.category()).isEqualTo(ExpenditureCategory.SPECIFIC_PURPOSE);
    }
}
