package org.budgetflow.book;

import java.math.BigDecimal;
import java.util.List;

import org.budgetflow.budget.Indicator;

/**
 * One project of part two (项目支出绩效目标表), amounts in 万元.
 *
 * @param typeLabel       项目类型 as printed (其他运转类 / 特定目标类); empty when the budget gives none
 * @param total           资金总额: the project's lines
 * @param governmentFunds 政府预算资金: those of its lines paid from the three fiscal budgets
 * @param indicators      its performance indicators in budget order
 */
public record ProjectEntry(String unitCode, String projectCode, String projectName, String typeLabel,
                           BigDecimal total, BigDecimal governmentFunds, List<Indicator> indicators) {
    public ProjectEntry {
        indicators = List.copyOf(indicators);
    }
}
