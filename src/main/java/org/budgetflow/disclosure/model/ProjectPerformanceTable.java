package org.budgetflow.disclosure.model;

import java.math.BigDecimal;
import java.util.List;

import org.budgetflow.budget.IndicatorCategory;

/**
 * Table 13, 区级部门预算项目绩效目标表: the total row, one row per unit with projects, and each project with its
 * funds and its indicators (printed in four column pairs: 成本, 产出, 效益, 满意度).
 *
 * @param remark the empty-table statement when the department has no projects, else null
 */
public record ProjectPerformanceTable(String id, String title, Funds total, List<UnitFunds> units,
                                      List<ProjectTargets> projects, String remark) implements DisclosureTable {
    public ProjectPerformanceTable {
        units = List.copyOf(units);
        projects = List.copyOf(projects);
    }

    @Override
    public <R> R accept(TableVisitor<R> visitor) {
        return visitor.visit(this);
    }

    /** The projects of one unit, in order. */
    public List<ProjectTargets> projectsOf(String unitCode) {
        return projects.stream().filter(p -> unitCode.equals(p.unitCode())).toList();
    }

    /** 项目金额: 资金总额, 政府预算资金, 财政专户管理资金, 单位资金; a null amount is an empty cell. */
    public record Funds(BigDecimal total, BigDecimal government, BigDecimal specialAccount, BigDecimal unitFunds) {
    }

    public record UnitFunds(String code, String name, Funds funds) {
    }

    /**
     * A project row.
     *
     * @param projectCode the 21-digit 项目编码, null when the project has none
     */
    public record ProjectTargets(String unitCode, String projectCode, String projectName, Funds funds,
                                 List<Target> indicators) {
        public ProjectTargets {
            indicators = List.copyOf(indicators);
        }

        /** The indicators of one category, in order (the rows of that category's column pair). */
        public List<Target> indicators(IndicatorCategory category) {
            return indicators.stream().filter(i -> i.category() == category).toList();
        }
    }

    /** 三级指标 and 指标值 under a category (成本/产出/效益/满意度). */
    public record Target(IndicatorCategory category, String name, String value) {
    }
}
