/**
 * Renderers of a disclosure: each {@link org.budgetflow.disclosure.render.DisclosureRenderer} turns the format-neutral
 * model ({@code org.budgetflow.disclosure.model}) into one output form, without computing anything. JSON here
 * ({@link org.budgetflow.disclosure.render.JsonRenderer}), XLSX in {@code render.xlsx}, CSV in {@code render.csv}.
 * Renderers are deterministic (same disclosure, same bytes); {@link org.budgetflow.disclosure.render.DeterministicZip}
 * fixes the timestamps of ZIP-based outputs. A named interface of the disclosure module: the command line and the web
 * layer write disclosures through it. Framework-free.
 */
@org.springframework.modulith.NamedInterface("render")
package org.budgetflow.disclosure.render;
