/**
 * The format-neutral model of a department-budget disclosure (部门预算公开): the 13 standard tables and the key
 * figures of the narrative, computed from one budget. Renderers (JSON, HTML, XLSX, PDF, CSV) walk it without
 * knowing how it was computed:
 * <ul>
 *   <li>{@link org.budgetflow.disclosure.model.DisclosureTables#all()} lists the 13 tables in order; each is a
 *       {@link org.budgetflow.disclosure.model.DisclosureTable} with a number ("预算01表") and a title with the year;
 *       dispatch on its shape with {@link org.budgetflow.disclosure.model.DisclosureTable#accept}.</li>
 *   <li>Tables 02, 03, 05–11 are a {@link org.budgetflow.disclosure.model.Table}: one
 *       {@link org.budgetflow.disclosure.model.Grid} (a header tree and rows), an optional note and the empty-table
 *       remark. Tables 01 and 04 are a {@link org.budgetflow.disclosure.model.BalanceTable}: an income grid printed
 *       beside an expenditure grid. Tables 12 and 13 have their own shapes.</li>
 *   <li>A grid's {@link org.budgetflow.disclosure.model.Grid#headerRows()} gives the header as rows of cells with
 *       column and row spans; {@link org.budgetflow.disclosure.model.Grid#columns()} gives the leaf columns in print
 *       order. For each row and each leaf column, {@link org.budgetflow.disclosure.model.Row#text(Column)} or
 *       {@link org.budgetflow.disclosure.model.Row#amount(Column)} is the cell (null = empty cell).</li>
 * </ul>
 * Amounts are {@link java.math.BigDecimal} in 万元; percentages are exact and rounded only by
 * {@link org.budgetflow.disclosure.model.Percentage#format()}. Framework-free.
 */
@org.springframework.modulith.NamedInterface("model")
package org.budgetflow.disclosure.model;
