package org.budgetflow.workflow.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.budgetflow.budget.interchange.FieldError;
import org.budgetflow.identity.CurrentUser;
import org.budgetflow.identity.CurrentUsers;
import org.budgetflow.workflow.Stage;
import org.budgetflow.workflow.process.ProcessMessages;
import org.budgetflow.workflow.process.ProcessVariables;
import org.budgetflow.workflow.store.Approval;
import org.budgetflow.workflow.store.ApprovalStore;
import org.budgetflow.workflow.store.Cycle;
import org.budgetflow.workflow.store.CycleDepartment;
import org.budgetflow.workflow.store.CycleStore;
import org.budgetflow.workflow.store.Decision;
import org.budgetflow.workflow.store.DecisionStore;
import org.budgetflow.workflow.store.PublicationStore;
import org.budgetflow.workflow.support.WorkflowClock;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A year's cycle: opened and closed for submissions by the finance bureau, followed by the oversight roles. */
@Service
public class CycleService {
    public static final String PROCESS_KEY = "budgetCycle";
    private static final Pattern DEPARTMENT_CODE = Pattern.compile("\\d{1,16}");
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    private final CycleStore cycles;
    private final DecisionStore decisions;
    private final ApprovalStore approvals;
    private final PublicationStore publications;
    private final DepartmentNames names;
    private final LegalClock legalClock;
    private final RuntimeService runtime;
    private final CurrentUsers users;
    private final WorkflowClock clock;
    private final TransactionTemplate transaction;

    public CycleService(CycleStore cycles, DecisionStore decisions, ApprovalStore approvals,
            PublicationStore publications, DepartmentNames names, LegalClock legalClock, RuntimeService runtime,
            CurrentUsers users, WorkflowClock clock, PlatformTransactionManager transactions) {
        this.cycles = cycles;
        this.decisions = decisions;
        this.approvals = approvals;
        this.publications = publications;
        this.names = names;
        this.legalClock = legalClock;
        this.runtime = runtime;
        this.users = users;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * What the finance bureau opens a cycle with.
     *
     * @param ceilings     控制数 per department code (万元), optional
     * @param congressDate the date of the 人代会, optional: the 批复 clock runs from it
     */
    public record OpenRequest(Integer year, List<String> departments, Map<String, String> ceilings,
            LocalDate congressDate) {
    }

    /** The opened cycle: its id (the year) and its process instance. */
    public record Opened(String id, String processInstanceId) {
    }

    public Opened open(OpenRequest request, CurrentUser user) {
        if (!user.isFinance()) {
            throw WorkflowException.forbidden("只有财政局可以开启年度编审");
        }
        Map<String, BigDecimal> ceilings = checkOpen(request);
        List<FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < request.departments().size(); i++) {
            if (!names.isRegistered(request.departments().get(i))) {
                unknown.add(new FieldError("departments[" + i + "]",
                        "部门 " + request.departments().get(i) + " 未登记（请先在部门目录中登记）"));
            }
        }
        if (!unknown.isEmpty()) {
            throw WorkflowException.invalid("开启年度编审的请求有误", unknown);
        }
        int year = request.year();
        return transaction.execute(tx -> {
            if (cycles.cycle(year).isPresent()) {
                throw WorkflowException.conflict(year + " 年度编审已经开启");
            }
            cycles.insertCycle(year, request.congressDate(), user.userId(), clock.now());
            for (String code : request.departments()) {
                cycles.insertDepartment(year, code, ceilings.get(code), clock.now());
            }
            ProcessInstance instance = users.privileged(() -> runtime.startProcessInstanceByKey(PROCESS_KEY,
                    ProcessVariables.cycleKey(year), Map.of(ProcessVariables.YEAR, year)));
            cycles.setProcessInstance(year, instance.getId());
            return new Opened(String.valueOf(year), instance.getId());
        });
    }

    /**
     * Closes submissions: the congress reviews the departments that are ready now, and each further department as
     * soon as it is ready. Closing twice changes nothing.
     */
    public Overview close(int year, CurrentUser user) {
        if (!user.isFinance()) {
            throw WorkflowException.forbidden("只有财政局可以截止报送");
        }
        transaction.executeWithoutResult(tx -> {
            cycles.cycle(year).orElseThrow(() -> noCycle(year));
            cycles.lock(year);
            cycles.closeSubmissions(year, user.userId(), clock.now());
            users.privileged(() -> {
                runtime.createMessageCorrelation(ProcessMessages.SUBMISSIONS_CLOSED)
                        .processInstanceBusinessKey(ProcessVariables.cycleKey(year))
                        .correlateAll();
                return null;
            });
        });
        return overview(year, user);
    }

    /**
     * A cycle's departments: where each stands, its legal deadlines and the last decision.
     *
     * @param today the day the deadlines are counted from, in the district's time zone {@code zone}
     */
    public record Overview(int year, LocalDate congressDate, boolean submissionsClosed,
            List<DepartmentState> departments, LocalDate today, ZoneId zone) {
    }

    public record DepartmentState(String code, String name, Stage stage, Integer congressSession,
            List<Deadline> deadlines, Decision lastDecision) {
    }

    /**
     * A legal deadline of a department: what, by when, whether it is met.
     *
     * @param daysLeft while not done, the days from today to the due date: 0 on the last day, negative once overdue
     *                 (-1 the day after); null once done
     */
    public record Deadline(String kind, String label, LocalDate due, boolean done, LocalDate doneOn,
            boolean overdue, Integer daysLeft) {
    }

    public Overview overview(int year, CurrentUser user) {
        requireOversight(user);
        Cycle cycle = cycles.cycle(year).orElseThrow(() -> noCycle(year));
        Map<String, Decision> last = decisions.lastPerDepartment(year);
        LocalDate today = clock.today();
        List<DepartmentState> departments = cycles.departments(year).stream()
                .map(d -> new DepartmentState(d.code(), names.name(year, d.code()), d.stage(), d.congressSession(),
                        deadlines(cycle, d, today), last.get(d.code())))
                .toList();
        return new Overview(year, cycle.congressDate(), cycle.submissionsClosed(), departments, today, clock.zone());
    }

    private List<Deadline> deadlines(Cycle cycle, CycleDepartment department, LocalDate today) {
        List<Deadline> deadlines = new ArrayList<>();
        if (cycle.congressDate() != null) {
            boolean ready = department.stage().ordinal() >= Stage.READY_FOR_CONGRESS.ordinal();
            deadlines.add(deadline("PRELIMINARY_REVIEW", "报送人大常委会初审（人代会前三十日，预算法第四十四条）",
                    cycle.congressDate().minusDays(30), ready, null, today));
        }
        Optional<Approval> approval = approvals.find(cycle.year(), department.code());
        LocalDate approvalStart = department.congressApprovedOn() != null ? department.congressApprovedOn()
                : cycle.congressDate();
        if (approvalStart != null) {
            deadlines.add(deadline("APPROVAL", "批复（人大批准后二十日内，预算法第五十二条）",
                    legalClock.dueDate(approvalStart), approval.isPresent(),
                    approval.map(Approval::approvedOn).orElse(null), today));
        }
        approval.ifPresent(a -> {
            LocalDate publishedOn = publications.find(cycle.year(), department.code(), a.budgetVersion())
                    .map(p -> LocalDate.ofInstant(p.publishedAt(), clock.zone())).orElse(null);
            deadlines.add(deadline("PUBLICATION", "公开（批复后二十日内，预算法第十四条）",
                    legalClock.dueDate(a.approvedOn()), publishedOn != null, publishedOn, today));
        });
        return deadlines;
    }

    private static Deadline deadline(String kind, String label, LocalDate due, boolean done, LocalDate doneOn,
            LocalDate today) {
        Integer daysLeft = done ? null : Math.toIntExact(ChronoUnit.DAYS.between(today, due));
        return new Deadline(kind, label, due, done, doneOn, !done && today.isAfter(due), daysLeft);
    }

    /** Finance, performance, congress and admin follow the cycles; departments see only their own budget. */
    static void requireOversight(CurrentUser user) {
        if (!user.isOversight()) {
            throw WorkflowException.forbidden("只有财政局、绩效管理、人大和管理员可以查看年度编审总览");
        }
    }

    static WorkflowException noCycle(int year) {
        return WorkflowException.notFound(year + " 年度编审尚未开启");
    }

    private static Map<String, BigDecimal> checkOpen(OpenRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.year() == null) {
            errors.add(new FieldError("year", "缺少预算年度"));
        } else if (request.year() < FIRST_YEAR || request.year() > LAST_YEAR) {
            errors.add(new FieldError("year", "预算年度 " + request.year() + " 不在 " + FIRST_YEAR + "–" + LAST_YEAR
                    + " 之间"));
        }
        List<String> departments = request.departments() == null ? List.of() : request.departments();
        if (departments.isEmpty()) {
            errors.add(new FieldError("departments", "至少需要一个部门"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < departments.size(); i++) {
            String code = departments.get(i);
            if (code == null || !DEPARTMENT_CODE.matcher(code).matches()) {
                errors.add(new FieldError("departments[" + i + "]", "部门代码 " + code + " 不是数字代码"));
            } else if (!seen.add(code)) {
                errors.add(new FieldError("departments[" + i + "]", "部门 " + code + " 重复"));
            }
        }
        Map<String, BigDecimal> ceilings = new java.util.HashMap<>();
        if (request.ceilings() != null) {
            request.ceilings().forEach((code, amount) -> {
                String field = "ceilings." + code;
                if (!seen.contains(code)) {
                    errors.add(new FieldError(field, "控制数所属的部门 " + code + " 不在本年度编审的部门中"));
                    return;
                }
                try {
                    BigDecimal value = new BigDecimal(amount == null ? "" : amount.strip());
                    if (value.signum() < 0 || value.scale() > 2) {
                        errors.add(new FieldError(field, "控制数 " + amount + " 应为不小于 0、最多两位小数的金额（万元）"));
                    } else {
                        ceilings.put(code, value.setScale(2));
                    }
                } catch (NumberFormatException e) {
                    errors.add(new FieldError(field, "控制数 " + amount + " 不是金额（万元）"));
                }
            });
        }
        if (!errors.isEmpty()) {
            throw WorkflowException.invalid("开启年度编审的请求有误", errors);
        }
        return ceilings;
    }
}
