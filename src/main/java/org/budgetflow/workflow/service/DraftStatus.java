package org.budgetflow.workflow.service;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.budgetflow.validation.Finding;
import org.budgetflow.workflow.process.ProcessVariables;
import org.budgetflow.workflow.store.BudgetVersion;
import org.budgetflow.workflow.store.BudgetVersionStore;
import org.budgetflow.workflow.support.JsonVariables;
import org.budgetflow.workflow.support.WorkflowClock;
import org.springframework.stereotype.Component;

/**
 * The state of a department's draft as the forms show it: a sentence on the latest version and its findings
 * ({@code budgetStatus}), the findings as a table ({@code draftFindings}) and the indicator findings
 * ({@code indicatorFindings}). Refreshed on every upload and every submission.
 */
@Component
public class DraftStatus {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final BudgetVersionStore versions;
    private final WorkflowClock clock;

    public DraftStatus(BudgetVersionStore versions, WorkflowClock clock) {
        this.versions = versions;
        this.clock = clock;
    }

    /** The variables describing the department's latest version. */
    public Map<String, Object> variables(int year, String departmentCode) {
        Optional<BudgetVersion> latest = versions.latest(year, departmentCode);
        List<Finding> findings = latest.map(v -> versions.findings(v.id())).orElse(List.of());
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.BUDGET_STATUS, latest.map(v -> sentence(v, findings)).orElse(
                "尚未上传预算文件。请打开编制页面上传 budget-v1 预算文件，校验无错误后再提交。"));
        variables.put(ProcessVariables.DRAFT_FINDINGS, JsonVariables.list(FindingRows.rows(findings)));
        variables.put(ProcessVariables.INDICATOR_FINDINGS,
                JsonVariables.list(FindingRows.rows(FindingRows.indicatorFindings(findings))));
        latest.ifPresent(v -> variables.put(ProcessVariables.LATEST_VERSION, v.version()));
        return variables;
    }

    private String sentence(BudgetVersion version, List<Finding> findings) {
        String at = STAMP.format(version.submittedAt().atZone(clock.zone()));
        String verdict = findings.stream().anyMatch(Finding::isError) ? "有错误，须修改后重新上传" : "可以提交";
        return "最新版本：第 " + version.version() + " 版（" + version.submittedBy() + " 于 " + at + " 上传）；校验结果："
                + FindingRows.count(findings) + "，" + verdict + "。";
    }
}
