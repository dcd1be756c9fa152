/**
 * The demo district: one {@code budget-v1} budget per department of a district's printed performance-target book
 * (区级部门预算绩效目标表), generated from the book's extracted data ({@code departments.json}, {@code projects.json},
 * {@code project_section_headers.json}), with the book's own defects reported as {@link
 * org.budgetflow.district.BookFindings} (rules D1–D9) instead of silently fixed.
 *
 * <p>The book gives department totals, the basic/project split, projects with their indicators and the overall
 * targets, but no line detail: lines are synthesized deterministically from the tables under {@code district/}
 * (see docs/demo-district.md). Entry points: {@link org.budgetflow.district.PerformanceBookReader#read(java.nio.file.Path)}
 * → {@link org.budgetflow.district.DistrictGenerator#generate(PerformanceBook)} → {@link
 * org.budgetflow.district.DemoDistrict}; {@link org.budgetflow.district.DistrictWriter} writes the files;
 * {@link org.budgetflow.district.BundledDistrict} loads the committed copy from the classpath. Framework-free.
 */
package org.budgetflow.district;
