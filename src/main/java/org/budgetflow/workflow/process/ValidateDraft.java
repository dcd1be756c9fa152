package org.budgetflow.workflow.process;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.budgetflow.budget.Budget;
import org.budgetflow.budget.interchange.BudgetFormatException;
import org.budgetflow.budget.interchange.BudgetJsonReader;
import org.budgetflow.validation.Finding;
import org.budgetflow.workflow.service.DraftChecker;
import org.budgetflow.workflow.service.DraftStatus;
import org.budgetflow.workflow.store.BudgetVersion;
import org.budgetflow.workflow.store.BudgetVersionStore;
import org.budgetflow.workflow.store.CycleDepartment;
import org.budgetflow.workflow.store.CycleStore;
import org.budgetflow.workflow.store.Decision;
import org.budgetflow.workflow.store.DecisionStore;
import org.budgetflow.workflow.support.WorkflowClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task {@code validateDraft} (提交校验): validates the latest uploaded version on submission. It goes on to
 * review ({@code draftValid = true}) only if there is one, it has no ERROR finding (控制数 included, rule B9), and it is
 * not the version graded 差; otherwise the task goes back to the department with the reason in {@code returnComment}.
 */
@Component
public class ValidateDraft implements JavaDelegate {
    private final CycleStore cycles;
    private final BudgetVersionStore versions;
    private final DecisionStore decisions;
    private final DraftChecker checker;
    private final DraftStatus status;
    private final WorkflowClock clock;
    private final BudgetJsonReader reader = new BudgetJsonReader();

    public ValidateDraft(CycleStore cycles, BudgetVersionStore versions, DecisionStore decisions, DraftChecker checker,
            DraftStatus status, WorkflowClock clock) {
        this.cycles = cycles;
        this.versions = versions;
        this.decisions = decisions;
        this.checker = checker;
        this.status = status;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = ProcessVariables.year(execution);
        String code = ProcessVariables.department(execution);
        CycleDepartment department = cycles.department(year, code).orElseThrow();
        Optional<BudgetVersion> latest = versions.latest(year, code);
        String problem = latest.isPresent() ? problem(department, latest.get())
                : "尚未上传预算文件，请先在编制页面上传后再提交。";
        boolean valid = problem == null;
        if (valid && !department.admissible()) {
            cycles.markAdmissible(year, code);
        }
        Integer version = latest.map(BudgetVersion::version).orElse(null);
        execution.setVariables(status.variables(year, code));
        execution.setVariable(ProcessVariables.DRAFT_VALID, valid);
        if (valid) {
            execution.setVariable(ProcessVariables.BUDGET_VERSION, version);
        } else {
            execution.setVariable(ProcessVariables.RETURN_COMMENT, "提交未通过：" + problem);
        }
        decisions.record(new Decision(year, code, Decision.Step.VALIDATION, valid ? "pass" : "fail", problem, version,
                Decision.SYSTEM, clock.now(), null));
    }

    /** Why the version cannot go on, or null. */
    private String problem(CycleDepartment department, BudgetVersion version) {
        if (!department.admissible() && Integer.valueOf(version.version()).equals(department.inadmissibleVersion())) {
            return "第 " + version.version() + " 版在绩效目标审核中评为“差”，须修改后上传新版本再提交。";
        }
        List<Finding> findings;
        try {
            Budget budget = reader.read(new ByteArrayInputStream(version.document().getBytes(StandardCharsets.UTF_8)));
            findings = checker.check(budget, department.ceiling());
        } catch (BudgetFormatException unreadable) {
            return "第 " + version.version() + " 版无法读取：" + unreadable.getMessage();
        }
        versions.replaceFindings(version.id(), findings);
        long errors = findings.stream().filter(Finding::isError).count();
        if (errors == 0) {
            return null;
        }
        return "第 " + version.version() + " 版有 " + errors + " 项错误（见校验结果），请修改后重新上传并提交。";
    }
}
