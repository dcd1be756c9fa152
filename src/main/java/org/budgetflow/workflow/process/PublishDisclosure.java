package org.budgetflow.workflow.process;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.budgetflow.budget.Budget;
import org.budgetflow.budget.interchange.BudgetJsonReader;
import org.budgetflow.workflow.DisclosurePublished;
import org.budgetflow.workflow.DisclosurePublisher;
import org.budgetflow.workflow.DisclosurePublisher.Publication;
import org.budgetflow.workflow.Stage;
import org.budgetflow.workflow.store.Approval;
import org.budgetflow.workflow.store.ApprovalStore;
import org.budgetflow.workflow.store.BudgetVersion;
import org.budgetflow.workflow.store.BudgetVersionStore;
import org.budgetflow.workflow.store.CycleStore;
import org.budgetflow.workflow.store.Decision;
import org.budgetflow.workflow.store.DecisionStore;
import org.budgetflow.workflow.support.WorkflowClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Service task {@code publishDisclosure} (公开, asynchronous with retries): publishes the frozen version through the
 * {@link DisclosurePublisher} and marks the department's budget as published.
 */
@Component
public class PublishDisclosure implements JavaDelegate {
    private final ApprovalStore approvals;
    private final BudgetVersionStore versions;
    private final CycleStore cycles;
    private final DecisionStore decisions;
    private final DisclosurePublisher publisher;
    private final WorkflowClock clock;
    private final ApplicationEventPublisher events;
    private final BudgetJsonReader reader = new BudgetJsonReader();

    public PublishDisclosure(ApprovalStore approvals, BudgetVersionStore versions, CycleStore cycles,
            DecisionStore decisions, DisclosurePublisher publisher, WorkflowClock clock, ApplicationEventPublisher events) {
        this.approvals = approvals;
        this.versions = versions;
        this.cycles = cycles;
        this.decisions = decisions;
        this.publisher = publisher;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = ProcessVariables.year(execution);
        String code = ProcessVariables.department(execution);
        Approval approval = approvals.find(year, code)
                .orElseThrow(() -> new IllegalStateException("No 批复 recorded for " + year + "-" + code));
        BudgetVersion version = versions.version(year, code, approval.budgetVersion()).orElseThrow();
        Budget budget = reader.read(new ByteArrayInputStream(version.document().getBytes(StandardCharsets.UTF_8)));
        Publication publication = publisher.publish(year, code, version.version(), budget);
        cycles.setStage(year, code, Stage.PUBLISHED, clock.now());
        decisions.record(new Decision(year, code, Decision.Step.PUBLICATION, "publish",
                "SHA-256 " + publication.checksum(), version.version(), Decision.SYSTEM, clock.now(), null));
        events.publishEvent(new DisclosurePublished(year, code, version.version()));
    }
}
