package org.budgetflow.district;

import java.math.BigDecimal;
import java.util.List;

/**
 * A department or unit header row of the project table, with the total the book prints for its block.
 *
 * @param departmentCode the department of a unit header; the code itself for a department header
 * @param extraRows      un-coded rows printed inside the header block ("洛阳市下沟小学 8,800"), as "name amount"
 */
public record BookHeader(int index, String code, String name, BigDecimal totalYuan, String departmentCode,
                         List<String> extraRows) {
    public BookHeader {
        extraRows = extraRows == null ? List.of() : List.copyOf(extraRows);
    }
}
