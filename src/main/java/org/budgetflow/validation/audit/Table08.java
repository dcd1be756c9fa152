package org.budgetflow.validation.audit;

import java.util.Optional;

/** 预算08表 一般公共预算"三公"经费预算表: one row of values and the 备注 when empty. */
public record Table08(Values values, String remark) {

    public Optional<String> remarkText() {
        return Optional.ofNullable(remark).filter(s -> !s.isBlank());
    }

    public static String at(String column) {
        return "tables.08.values." + column;
    }
}
