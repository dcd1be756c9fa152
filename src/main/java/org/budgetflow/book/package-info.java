/**
 * The congress review book (提交人代会审查的部门预算绩效目标表): the whole district's performance targets for one year,
 * built from the departments' budget-v1 budgets, as the law asks the finance bureau to submit them to the people's
 * congress (河南省预算审查监督条例 §18). Part one is every department's 整体绩效目标表 with its 预算情况; part two the
 * project performance-target tables grouped by department and unit; a summary gives the district's totals and, per
 * department, the validator's findings (what the 人大 reviewer should question).
 *
 * <p>{@link org.budgetflow.book.CongressBookBuilder} builds the format-neutral {@link org.budgetflow.book.CongressBook};
 * {@link org.budgetflow.book.BookJsonWriter}, {@link org.budgetflow.book.BookPdfRenderer} and
 * {@link org.budgetflow.book.BookXlsxRenderer} print it as {@code book.json}, {@code book.pdf} and {@code book.xlsx};
 * {@link org.budgetflow.book.BookFiles} does all of it in one call. Renderers never compute a figure and are
 * deterministic. Framework-free (see docs/congress-book.md).
 */
package org.budgetflow.book;
