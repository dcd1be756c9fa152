package org.budgetflow.disclosure.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * Table 12, 区级部门整体绩效目标表: a header block (department, year, annual goal, main tasks, budget overview) and the
 * indicator block.
 *
 * @param yearLabel      "2023年度"
 * @param departmentName the name as printed (部门（单位）名称)
 */
public record OverallPerformanceTable(String id, String title, String yearLabel, String departmentName,
                                      String annualGoal, List<Task> tasks, BudgetOverview budget,
                                      List<Indicator> indicators) implements DisclosureTable {
    public OverallPerformanceTable {
        tasks = List.copyOf(tasks);
        indicators = List.copyOf(indicators);
    }

    @Override
    public <R> R accept(TableVisitor<R> visitor) {
        return visitor.visit(this);
    }

    /** 年度主要任务: 任务名称, 主要内容. */
    public record Task(String name, String content) {
    }

    /**
     * 预算情况: 部门预算总额; 资金来源 (政府预算资金, 财政专户管理资金, 单位资金); 资金结构 (基本支出, 项目支出).
     * A null amount is an empty cell.
     */
    public record BudgetOverview(BigDecimal total, BigDecimal government, BigDecimal specialAccount,
                                 BigDecimal unitFunds, BigDecimal basic, BigDecimal project) {
    }

    /** 一级指标, 二级指标, 三级指标, 指标值, 指标值说明. */
    public record Indicator(String level1, String level2, String level3, String value, String explanation) {
    }
}
