package org.budgetflow.disclosure.model;

/**
 * One printed cell of a grid header, as a renderer lays it out: it spans {@code colSpan} leaf columns and
 * {@code rowSpan} header rows. {@code column} is the leaf column for a leaf cell, null for a group cell.
 */
public record HeaderCell(String label, int colSpan, int rowSpan, Column column) {
}
