package org.budgetflow.workflow.service;

import org.budgetflow.budget.Budget;
import org.budgetflow.workflow.DisclosurePublisher;
import org.budgetflow.workflow.store.BudgetVersion;
import org.budgetflow.workflow.store.BudgetVersionStore;
import org.budgetflow.workflow.store.PublicationStore;
import org.budgetflow.workflow.support.WorkflowClock;
import org.springframework.stereotype.Component;

/**
 * The publisher until the disclosure generator and the public portal are plugged in: records the publication of the
 * version (when, and the SHA-256 of the budget document as submitted) in {@code bf_publication}, once per version.
 */
@Component
public class PublicationRecorder implements DisclosurePublisher {
    private final BudgetVersionStore versions;
    private final PublicationStore publications;
    private final WorkflowClock clock;

    public PublicationRecorder(BudgetVersionStore versions, PublicationStore publications, WorkflowClock clock) {
        this.versions = versions;
        this.publications = publications;
        this.clock = clock;
    }

    @Override
    public Publication publish(int year, String departmentCode, int version, Budget budget) {
        BudgetVersion stored = versions.version(year, departmentCode, version).orElseThrow(
                () -> new IllegalStateException("No version " + version + " of " + year + "-" + departmentCode));
        if (!stored.frozen()) {
            throw new IllegalStateException("Version " + version + " of " + year + "-" + departmentCode
                    + " is not approved (not frozen) and cannot be published");
        }
        return publications.record(year, departmentCode, version, clock.now(), stored.sha256());
    }
}
