/**
 * Excel drafting: the workbook template that is the spreadsheet form of {@code budget-v1}, and its import.
 *
 * <p>{@link org.budgetflow.workbook.WorkbookWriter} writes a budget (or an empty template for a year and department)
 * as XLSX: one sheet per part of the document, Chinese headers with notes, drop-down lists for enumerations and
 * classification codes. {@link org.budgetflow.workbook.WorkbookReader} reads a filled workbook back into a
 * {@link org.budgetflow.budget.Budget} without evaluating formulas, and rejects malformed input (wrong sheets, text in
 * amount cells, unknown codes, formulas, oversized files, zip bombs) with a
 * {@link org.budgetflow.workbook.WorkbookFormatException} naming sheet, row and column of every error. Reading is a
 * pure function: nothing is stored. Framework-free (Apache POI only).
 */
package org.budgetflow.workbook;
