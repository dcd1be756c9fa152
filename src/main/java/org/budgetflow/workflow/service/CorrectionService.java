package org.budgetflow.workflow.service;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.budgetflow.budget.Amounts;
import org.budgetflow.budget.Budget;
import org.budgetflow.budget.interchange.BudgetFormatException;
import org.budgetflow.budget.interchange.BudgetJsonReader;
import org.budgetflow.budget.interchange.FieldError;
import org.budgetflow.identity.CurrentUser;
import org.budgetflow.identity.CurrentUsers;
import org.budgetflow.validation.Finding;
import org.budgetflow.workflow.DisclosurePublisher.Publication;
import org.budgetflow.workflow.Stage;
import org.budgetflow.workflow.process.ProcessVariables;
import org.budgetflow.workflow.store.BudgetVersion;
import org.budgetflow.workflow.store.BudgetVersionStore;
import org.budgetflow.workflow.store.CycleDepartment;
import org.budgetflow.workflow.store.CycleStore;
import org.budgetflow.workflow.store.Decision;
import org.budgetflow.workflow.store.DecisionStore;
import org.budgetflow.workflow.store.PublicationStore;
import org.budgetflow.workflow.support.JsonVariables;
import org.budgetflow.workflow.support.WorkflowClock;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 更正公开: a department corrects its published budget. The corrected version must read, validate without ERROR and
 * keep the approved totals (收入总计, 支出总计: changing an amount is a 预算调整 under 预算法 §67, which goes back to
 * the congress, not a correction); it is stored as a new version and process {@code disclosureCorrection} starts
 * (business key {@code {year}-{dept}-v{version}}): the finance bureau reviews it, and an approved correction is
 * published as a new publication while the earlier one stays public, superseded. One correction at a time.
 */
@Service
public class CorrectionService {
    public static final String PROCESS = "disclosureCorrection";
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final CycleStore cycles;
    private final BudgetVersionStore versions;
    private final PublicationStore publications;
    private final DecisionStore decisions;
    private final DraftChecker checker;
    private final DepartmentNames names;
    private final RuntimeService runtime;
    private final CurrentUsers users;
    private final WorkflowClock clock;
    private final TransactionTemplate transaction;
    private final BudgetJsonReader reader = new BudgetJsonReader();

    public CorrectionService(CycleStore cycles, BudgetVersionStore versions, PublicationStore publications,
            DecisionStore decisions, DraftChecker checker, DepartmentNames names, RuntimeService runtime,
            CurrentUsers users, WorkflowClock clock, PlatformTransactionManager transactions) {
        this.cycles = cycles;
        this.versions = versions;
        this.publications = publications;
        this.decisions = decisions;
        this.checker = checker;
        this.names = names;
        this.runtime = runtime;
        this.users = users;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** A correction under review: the new version, its process and its findings. */
    public record Requested(int version, String processInstanceId, List<Finding> findings) {
    }

    /** Requests a correction: {@code body} is {@code {"reason": "…", "budget": {budget-v1}}}. */
    public Requested request(int year, String departmentCode, byte[] body, CurrentUser user) {
        if (!user.isDepartmentMember(departmentCode)) {
            throw WorkflowException.forbidden("只有部门 " + departmentCode + " 的用户可以申请更正本部门的公开预算");
        }
        JsonNode request = parse(body);
        String reason = request.path("reason").isTextual() ? request.get("reason").asText().strip() : "";
        if (reason.isEmpty()) {
            throw WorkflowException.invalid("reason", "请填写更正原因（reason），它将与更正后的版本一同公开");
        }
        if (reason.length() > 1000) {
            throw WorkflowException.invalid("reason", "更正原因不超过 1000 字");
        }
        JsonNode budgetNode = request.path("budget");
        if (!budgetNode.isObject()) {
            throw WorkflowException.invalid("budget", "请在 budget 中给出更正后的完整 budget-v1 预算文件");
        }
        String document = budgetNode.toPrettyString();
        Budget budget = read(document);
        if (budget.year() != year || budget.department() == null
                || !departmentCode.equals(budget.department().code())) {
            throw WorkflowException.invalid("budget", "更正文件的年度或部门代码与申请地址（" + year + " 年部门 "
                    + departmentCode + "）不一致");
        }
        return transaction.execute(tx -> {
            CycleDepartment department = cycles.lockDepartment(year, departmentCode).orElseThrow(() ->
                    WorkflowException.notFound(year + " 年度编审中没有部门 " + departmentCode));
            Publication published = publications.latest(year, departmentCode)
                    .filter(p -> department.stage() == Stage.PUBLISHED)
                    .orElseThrow(() -> WorkflowException.conflict(year + " 年部门 " + departmentCode
                            + " 的预算尚未公开，没有可更正的公开版本"));
            if (pending(year, departmentCode)) {
                throw WorkflowException.conflict(year + " 年部门 " + departmentCode + " 已有一项更正在审核中");
            }
            BudgetVersion approved = versions.version(year, departmentCode, published.version()).orElseThrow();
            checkTotals(read(approved.document()), budget);
            List<Finding> findings = checker.check(budget, null);
            List<Finding> errors = findings.stream().filter(Finding::isError).toList();
            if (!errors.isEmpty()) {
                throw WorkflowException.invalid("更正版本有 " + errors.size() + " 项错误，未提交", errors.stream()
                        .map(f -> new FieldError(f.location() == null ? "" : f.location(), f.rule() + " " + f.message()))
                        .toList());
            }
            BudgetVersion version = versions.add(year, departmentCode, document, user.userId(), clock.now());
            versions.replaceFindings(version.id(), findings);
            decisions.record(new Decision(year, departmentCode, Decision.Step.CORRECTION, "request", reason,
                    version.version(), user.userId(), clock.now(), null));
            Map<String, Object> variables = new HashMap<>();
            variables.put(ProcessVariables.YEAR, year);
            variables.put(ProcessVariables.DEPARTMENT, departmentCode);
            variables.put(ProcessVariables.DEPARTMENT_NAME, names.name(year, departmentCode));
            variables.put(ProcessVariables.BUDGET_VERSION, version.version());
            variables.put(ProcessVariables.PUBLISHED_VERSION, published.version());
            variables.put(ProcessVariables.CORRECTION_REASON, reason);
            variables.put(ProcessVariables.BUDGET_STATUS, "更正版本第 " + version.version() + " 版：校验结果 "
                    + FindingRows.count(findings) + "；收支总额与批准的第 " + published.version() + " 版相同。");
            variables.put(ProcessVariables.DRAFT_FINDINGS, JsonVariables.list(FindingRows.rows(findings)));
            String instance = users.privileged(() -> runtime.startProcessInstanceByKey(PROCESS,
                    businessKey(year, departmentCode, version.version()), variables).getId());
            return new Requested(version.version(), instance, findings);
        });
    }

    public static String businessKey(int year, String departmentCode, int version) {
        return year + "-" + departmentCode + "-v" + version;
    }

    private boolean pending(int year, String departmentCode) {
        return users.privileged(() -> runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
                .processInstanceBusinessKeyLike(year + "-" + departmentCode + "-v%").count()) > 0;
    }

    /** 收入总计 and 支出总计 as congress approved them. */
    private static void checkTotals(Budget approved, Budget corrected) {
        List<FieldError> errors = new java.util.ArrayList<>();
        compare("income", "收入总计", total(approved.income().stream().map(f -> f.amount())),
                total(corrected.income().stream().map(f -> f.amount())), errors);
        compare("lines", "支出总计", total(approved.lines().stream().map(l -> l.amount())),
                total(corrected.lines().stream().map(l -> l.amount())), errors);
        if (!errors.isEmpty()) {
            throw WorkflowException.invalid("更正不能改变批准的收支总额；改变金额属于预算调整，须依法报批", errors);
        }
    }

    private static java.math.BigDecimal total(java.util.stream.Stream<java.math.BigDecimal> amounts) {
        return amounts.map(Amounts::orZero).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
    }

    private static void compare(String field, String label, java.math.BigDecimal approved,
            java.math.BigDecimal corrected, List<FieldError> errors) {
        if (approved.compareTo(corrected) != 0) {
            errors.add(new FieldError(field, label + " " + Amounts.format(corrected) + " ≠ 批准数 "
                    + Amounts.format(approved)));
        }
    }

    private static JsonNode parse(byte[] body) {
        try {
            JsonNode node = JSON.readTree(body == null ? new byte[0] : body);
            if (node == null || !node.isObject()) {
                throw WorkflowException.invalid("", "请求体应为 JSON 对象：{\"reason\", \"budget\"}");
            }
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw WorkflowException.invalid("", "请求体不是有效的 JSON：" + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw WorkflowException.invalid("", "无法读取请求体：" + e.getMessage());
        }
    }

    private Budget read(String document) {
        try {
            return reader.read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
        } catch (BudgetFormatException e) {
            throw WorkflowException.invalid("更正文件不是有效的 budget-v1 文档", e.errors().stream()
                    .map(f -> new FieldError("budget." + f.field(), f.message())).toList());
        }
    }
}
