package org.budgetflow.disclosure.render;

import java.util.List;

import org.budgetflow.budget.Department;
import org.budgetflow.disclosure.model.Disclosure;
import org.budgetflow.disclosure.model.Narrative;

/**
 * What the narrative text is written from: the disclosure's figures, the department's own texts (duties,
 * composition) and the year the comparisons refer to.
 *
 * @param name      the department's name as printed
 * @param priorYear the year of the prior-year figures (the budget's, else the year before)
 */
record NarrativeFacts(String name, int year, int priorYear, Narrative figures, Department department,
                      List<Disclosure.UnitInfo> units) {
}
