/**
 * Renderers of a disclosure (部门预算公开): each {@link org.budgetflow.disclosure.render.DisclosureRenderer} turns the
 * format-neutral model ({@code org.budgetflow.disclosure.model}) into one output form and never computes a figure.
 * <ul>
 *   <li>{@link org.budgetflow.disclosure.render.JsonRenderer}: {@code disclosure.json} (disclosure-v1);</li>
 *   <li>{@link org.budgetflow.disclosure.render.NarrativeTextGenerator#generate} writes the narrative
 *       (第一部分 概况, 第二部分 情况说明 一 to 十, 第三部分 名词解释) as a format-neutral
 *       {@link org.budgetflow.disclosure.render.NarrativeText} in the template's wording
 *       ({@code /disclosure/narrative-template.properties}); the HTML, PDF and XLSX renderers print it;</li>
 *   <li>{@code render.html}: {@code disclosure.html}, one self-contained page; {@code render.pdf}: {@code disclosure.pdf}
 *       (A4, landscape pages for wide tables, Noto Sans SC embedded); {@code render.xlsx} and {@code render.csv}.</li>
 * </ul>
 * Renderers are deterministic (same disclosure, same bytes); {@link org.budgetflow.disclosure.render.DeterministicZip}
 * fixes the timestamps of ZIP-based outputs. A named interface of the disclosure module. Framework-free.
 */
@org.springframework.modulith.NamedInterface("render")
package org.budgetflow.disclosure.render;
