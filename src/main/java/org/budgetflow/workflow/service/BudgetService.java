package org.budgetflow.workflow.service;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.budgetflow.budget.Budget;
import org.budgetflow.budget.interchange.BudgetFormatException;
import org.budgetflow.budget.interchange.BudgetJsonReader;
import org.budgetflow.budget.interchange.FieldError;
import org.budgetflow.identity.CurrentUser;
import org.budgetflow.identity.CurrentUsers;
import org.budgetflow.validation.Finding;
import org.budgetflow.workflow.Stage;
import org.budgetflow.workflow.store.BudgetVersion;
import org.budgetflow.workflow.store.BudgetVersionStore;
import org.budgetflow.workflow.store.CycleDepartment;
import org.budgetflow.workflow.store.CycleStore;
import org.budgetflow.workflow.store.Decision;
import org.budgetflow.workflow.store.DecisionStore;
import org.budgetflow.workflow.support.WorkflowClock;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A department's budget in a cycle: upload of a new version (validated at once, findings returned), and reading the
 * versions, their findings and the audit trail. Who may do what is decided here: the department's own staff upload;
 * they and the oversight roles (finance, performance, congress, admin) read.
 */
@Service
public class BudgetService {
    private static final char BOM = '\uFEFF';

    private final CycleStore cycles;
    private final BudgetVersionStore versions;
    private final DecisionStore decisions;
    private final DraftChecker checker;
    private final DraftStatus status;
    private final RuntimeService runtime;
    private final CurrentUsers users;
    private final WorkflowClock clock;
    private final TransactionTemplate transaction;
    private final BudgetJsonReader reader = new BudgetJsonReader();

    public BudgetService(CycleStore cycles, BudgetVersionStore versions, DecisionStore decisions, DraftChecker checker,
            DraftStatus status, RuntimeService runtime, CurrentUsers users, WorkflowClock clock,
            PlatformTransactionManager transactions) {
        this.cycles = cycles;
        this.versions = versions;
        this.decisions = decisions;
        this.checker = checker;
        this.status = status;
        this.runtime = runtime;
        this.users = users;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The version number and findings of an upload. */
    public record Upload(int version, List<Finding> findings) {
    }

    /**
     * Stores a new version of the department's budget (a budget-v1 document) while it is being drafted, with the
     * findings of its validation. The version is kept even if it has errors; submission checks the latest version.
     */
    public Upload upload(int year, String departmentCode, byte[] body, CurrentUser user) {
        if (!user.isDepartmentMember(departmentCode)) {
            throw WorkflowException.forbidden("只有部门 " + departmentCode + " 的用户可以提交本部门的预算");
        }
        String document = text(body);
        return store(year, departmentCode, document, read(document), user);
    }

    /**
     * Stores a budget read from another form (a workbook) as a new version: {@code document} is its budget-v1 text.
     * The same checks as {@link #upload} apply; nothing is stored when one fails.
     */
    public Upload store(int year, String departmentCode, String document, Budget budget, CurrentUser user) {
        if (!user.isDepartmentMember(departmentCode)) {
            throw WorkflowException.forbidden("只有部门 " + departmentCode + " 的用户可以提交本部门的预算");
        }
        checkIdentity(budget, year, departmentCode);
        return transaction.execute(tx -> {
            CycleDepartment department = cycles.lockDepartment(year, departmentCode)
                    .orElseThrow(() -> notInCycle(year, departmentCode));
            if (department.stage().approved()) {
                throw WorkflowException.conflict(year + " 年部门 " + departmentCode
                        + " 的预算已经人大批准并批复，版本已冻结，不能再提交新版本");
            }
            if (department.stage() != Stage.DRAFTING) {
                throw WorkflowException.conflict(year + " 年部门 " + departmentCode + " 的预算正在“"
                        + department.stage().label() + "”阶段，退回部门编制后才能提交新版本");
            }
            List<Finding> findings = checker.check(budget, department.ceiling());
            BudgetVersion version = versions.add(year, departmentCode, document, user.userId(), clock.now());
            versions.replaceFindings(version.id(), findings);
            if (department.processInstanceId() != null) {
                users.privileged(() -> {
                    runtime.setVariables(department.processInstanceId(), status.variables(year, departmentCode));
                    return null;
                });
            }
            return new Upload(version.version(), findings);
        });
    }

    /** The latest version, or the one asked for. */
    public BudgetVersion version(int year, String departmentCode, Integer version, CurrentUser user) {
        checkRead(year, departmentCode, user);
        return (version == null ? versions.latest(year, departmentCode)
                : versions.version(year, departmentCode, version))
                .orElseThrow(() -> WorkflowException.notFound(version == null
                        ? year + " 年部门 " + departmentCode + " 尚未提交预算"
                        : year + " 年部门 " + departmentCode + " 没有第 " + version + " 版预算"));
    }

    /** The findings of the latest version (or the one asked for). */
    public Upload findings(int year, String departmentCode, Integer version, CurrentUser user) {
        BudgetVersion stored = version(year, departmentCode, version, user);
        return new Upload(stored.version(), versions.findings(stored.id()));
    }

    /** Every version, oldest first, without the documents. */
    public List<BudgetVersion> versions(int year, String departmentCode, CurrentUser user) {
        checkRead(year, departmentCode, user);
        return versions.versions(year, departmentCode);
    }

    /** The department's audit trail, oldest first. */
    public List<Decision> decisions(int year, String departmentCode, CurrentUser user) {
        checkRead(year, departmentCode, user);
        return decisions.of(year, departmentCode);
    }

    private void checkRead(int year, String departmentCode, CurrentUser user) {
        if (!user.mayRead(departmentCode)) {
            throw WorkflowException.forbidden("无权查看部门 " + departmentCode + " 的预算");
        }
        cycles.department(year, departmentCode).orElseThrow(() -> notInCycle(year, departmentCode));
    }

    private static WorkflowException notInCycle(int year, String departmentCode) {
        return WorkflowException.notFound(year + " 年度编审中没有部门 " + departmentCode);
    }

    private static String text(byte[] body) {
        String text = new String(body == null ? new byte[0] : body, StandardCharsets.UTF_8);
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }

    private Budget read(String document) {
        try {
            return reader.read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
        } catch (BudgetFormatException e) {
            throw WorkflowException.invalid("预算文件不是有效的 budget-v1 文档", e.errors());
        }
    }

    private static void checkIdentity(Budget budget, int year, String departmentCode) {
        List<FieldError> errors = new ArrayList<>();
        if (budget.year() != year) {
            errors.add(new FieldError("year", "预算年度 " + budget.year() + " 与提交地址中的年度 " + year + " 不一致"));
        }
        String code = budget.department() == null ? null : budget.department().code();
        if (!departmentCode.equals(code)) {
            errors.add(new FieldError("department.code",
                    "部门代码 " + code + " 与提交地址中的部门 " + departmentCode + " 不一致"));
        }
        if (!errors.isEmpty()) {
            throw WorkflowException.invalid("预算文件与提交地址不符", errors);
        }
    }
}
