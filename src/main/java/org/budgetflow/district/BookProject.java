package org.budgetflow.district;

import java.math.BigDecimal;
import java.util.List;

/**
 * One row of the book's project table (项目支出绩效目标表), in book order.
 *
 * @param index               position in {@code projects.json}, for finding locations
 * @param projectType         as printed (其他运转类 / 特定目标类, sometimes cut short)
 * @param totalYuan           资金总额 in 元
 * @param governmentFundsYuan 政府预算资金 in 元; null when the column is blank
 * @param uncertainReasons    why the extraction is doubtful; empty when it is not
 */
public record BookProject(int index, String departmentCode, String departmentName, String unitCode, String unitName,
                          String projectCode, String projectName, String projectType, BigDecimal totalYuan,
                          BigDecimal governmentFundsYuan, List<BookIndicator> indicators, boolean uncertain,
                          List<String> uncertainReasons) {
    public BookProject {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        uncertainReasons = uncertainReasons == null ? List.of() : List.copyOf(uncertainReasons);
    }

    public long uncertainIndicators() {
        return indicators.stream().filter(BookIndicator::uncertain).count();
    }
}
