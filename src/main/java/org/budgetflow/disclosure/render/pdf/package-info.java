/**
 * The PDF renderer of a disclosure: A4, landscape pages for wide tables, the CJK font embedded. A named interface of the disclosure module. Framework-free.
 */
@org.springframework.modulith.NamedInterface("render-pdf")
package org.budgetflow.disclosure.render.pdf;
