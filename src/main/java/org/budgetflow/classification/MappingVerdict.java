package org.budgetflow.classification;

/** The answer of the economic mapping for one (部门经济款, 政府经济款, unit kind) triple. */
public enum MappingVerdict {
    /** The pair is allowed for the unit kind. */
    ALLOWED,
    /** The mapping has rules for the 部门经济款 and unit kind, and the 政府经济款 is not among them. */
    NOT_ALLOWED,
    /** The mapping has no rule for the 部门经济款 and unit kind: a reviewer decides. */
    NOT_COVERED
}
