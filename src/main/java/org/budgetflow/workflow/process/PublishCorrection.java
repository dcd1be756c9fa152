package org.budgetflow.workflow.process;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.budgetflow.budget.Budget;
import org.budgetflow.budget.interchange.BudgetJsonReader;
import org.budgetflow.workflow.DisclosurePublished;
import org.budgetflow.workflow.DisclosurePublisher;
import org.budgetflow.workflow.DisclosurePublisher.Publication;
import org.budgetflow.workflow.store.BudgetVersion;
import org.budgetflow.workflow.store.BudgetVersionStore;
import org.budgetflow.workflow.store.Decision;
import org.budgetflow.workflow.store.DecisionStore;
import org.budgetflow.workflow.support.WorkflowClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Service task {@code publishCorrection} (更正公开, asynchronous with retries): freezes the corrected version and
 * publishes it with the reason of the correction; the earlier publication stays, superseded. Idempotent like 公开.
 */
@Component
public class PublishCorrection implements JavaDelegate {
    private final BudgetVersionStore versions;
    private final DecisionStore decisions;
    private final DisclosurePublisher publisher;
    private final WorkflowClock clock;
    private final ApplicationEventPublisher events;
    private final BudgetJsonReader reader = new BudgetJsonReader();

    public PublishCorrection(BudgetVersionStore versions, DecisionStore decisions, DisclosurePublisher publisher,
            WorkflowClock clock, ApplicationEventPublisher events) {
        this.versions = versions;
        this.decisions = decisions;
        this.publisher = publisher;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = ProcessVariables.year(execution);
        String code = ProcessVariables.department(execution);
        int number = ((Number) execution.getVariable(ProcessVariables.BUDGET_VERSION)).intValue();
        String reason = (String) execution.getVariable(ProcessVariables.CORRECTION_REASON);
        versions.freeze(year, code, number);
        BudgetVersion version = versions.version(year, code, number).orElseThrow();
        Budget budget = reader.read(new ByteArrayInputStream(version.document().getBytes(StandardCharsets.UTF_8)));
        Publication publication = publisher.publish(year, code, number, budget, reason);
        decisions.record(new Decision(year, code, Decision.Step.PUBLICATION, "republish",
                "更正：" + reason + "；SHA-256 " + publication.checksum(), number, Decision.SYSTEM, clock.now(), null));
        events.publishEvent(new DisclosurePublished(year, code, number));
    }
}
