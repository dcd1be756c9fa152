/**
 * Renderers of a disclosure (部门预算公开) beside the JSON writer: the narrative text and the HTML and PDF documents.
 * Framework-free; each takes the format-neutral model ({@link org.budgetflow.disclosure.model.Disclosure}) and
 * never computes a figure.
 * <ul>
 *   <li>{@link org.budgetflow.disclosure.render.NarrativeTextGenerator#generate} writes the narrative
 *       (第一部分 概况, 第二部分 情况说明 一 to 十, 第三部分 名词解释) as a format-neutral
 *       {@link org.budgetflow.disclosure.render.NarrativeText} in the template's wording
 *       ({@code /disclosure/narrative-template.properties}); the HTML, PDF and XLSX renderers print it.</li>
 *   <li>{@link org.budgetflow.disclosure.render.html.HtmlDisclosureRenderer} writes {@code disclosure.html}, one
 *       self-contained page.</li>
 *   <li>{@link org.budgetflow.disclosure.render.pdf.PdfDisclosureRenderer} writes {@code disclosure.pdf} (A4,
 *       landscape pages for wide tables, Noto Sans SC embedded).</li>
 * </ul>
 * Typical use: {@code Disclosure d = new DisclosureGenerator().generate(budget);
 * NarrativeText text = new NarrativeTextGenerator().generate(budget, d);
 * String html = new HtmlDisclosureRenderer().render(d, text); byte[] pdf = new PdfDisclosureRenderer().render(d, text);}
 * The generator and renderers are immutable after construction and may be kept and shared.
 */
package org.budgetflow.disclosure.render;
