/**
 * Classification codes (政府收支分类科目) as versioned data: the 支出功能分类, 部门预算支出经济分类 and 政府预算支出经济分类
 * code lists and the 部门→政府 economic mapping, by budget year, read from CSV (bundled under
 * {@code classification/} or from a finance bureau's folder). Framework-free; entry point
 * {@link org.budgetflow.classification.ClassificationCatalog}. File format: docs/classification.md.
 */
package org.budgetflow.classification;
