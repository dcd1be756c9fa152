/**
 * {@code disclosure.xlsx} with Apache POI: {@link org.budgetflow.disclosure.render.xlsx.XlsxRenderer} lays out one
 * sheet per table as printed (merged headers, numeric amounts, frozen panes) plus the narrative's key figures.
 * A named interface of the disclosure module.
 */
@org.springframework.modulith.NamedInterface("render-xlsx")
package org.budgetflow.disclosure.render.xlsx;
