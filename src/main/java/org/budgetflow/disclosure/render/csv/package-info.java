/**
 * One CSV file per table for open-data users ({@link org.budgetflow.disclosure.render.csv.CsvRenderer}): UTF-8 with
 * BOM, CRLF, RFC 4180 quoting, text neutralised against formula injection. A named interface of the disclosure
 * module.
 */
@org.springframework.modulith.NamedInterface("render-csv")
package org.budgetflow.disclosure.render.csv;
