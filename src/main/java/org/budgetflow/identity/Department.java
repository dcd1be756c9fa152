package org.budgetflow.identity;

/** A budget department (部门): its code (e.g. {@code 310}) and Chinese name. */
public record Department(String code, String name) {
}
