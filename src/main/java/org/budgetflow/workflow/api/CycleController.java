package org.budgetflow.workflow.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.budgetflow.identity.CurrentUsers;
import org.budgetflow.workflow.service.CycleProgress;
import org.budgetflow.workflow.service.CycleService;
import org.budgetflow.workflow.service.CycleService.Deadline;
import org.budgetflow.workflow.service.CycleService.Overview;
import org.budgetflow.workflow.service.StageCount;
import org.budgetflow.workflow.service.WorkflowException;
import org.budgetflow.workflow.store.CycleSummary;
import org.budgetflow.workflow.store.Decision;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/cycles}: the finance bureau opens a year's cycle ({@code POST}) and closes submissions
 * ({@code POST /{year}/close}); finance, performance, congress and admin list the cycles ({@code GET}), follow one
 * ({@code GET /{year}}) and read its departments' timelines ({@code GET /{year}/timeline}) — what the progress
 * dashboard shows.
 */
@RestController
@RequestMapping("/api/cycles")
public class CycleController {
    private final CycleService cycles;
    private final CycleProgress progress;
    private final CurrentUsers users;

    public CycleController(CycleService cycles, CycleProgress progress, CurrentUsers users) {
        this.cycles = cycles;
        this.progress = progress;
        this.users = users;
    }

    /** Every cycle, newest first, with its departments counted by stage. */
    @GetMapping
    public CycleList list() {
        return new CycleList(progress.cycles(users.require()).stream().map(CycleListing::of).toList());
    }

    /** Every decision of the cycle's departments (or of {@code ?department=310}), each department's oldest first. */
    @GetMapping("/{year}/timeline")
    public TimelineView timeline(@PathVariable int year, @RequestParam(required = false) String department) {
        return TimelineView.of(progress.timeline(year,
                Optional.ofNullable(department).map(String::strip).filter(code -> !code.isEmpty()), users.require()));
    }

    /** {@code {"year", "departments": [...], "ceilings": {"310": "500.00"}?, "congressDate": "2023-01-10"?}}. */
    @PostMapping
    public ResponseEntity<CycleService.Opened> open(@RequestBody(required = false) JsonNode body) {
        var user = users.require();
        CycleService.Opened opened = cycles.open(request(body), user);
        return ResponseEntity.created(URI.create("/api/cycles/" + opened.id())).body(opened);
    }

    @GetMapping("/{year}")
    public CycleView overview(@PathVariable int year) {
        return CycleView.of(cycles.overview(year, users.require()));
    }

    @PostMapping("/{year}/close")
    public CycleView close(@PathVariable int year) {
        return CycleView.of(cycles.close(year, users.require()));
    }

    /**
     * The cycle as {@code GET /api/cycles/{year}} shows it; deadlines are counted from {@code today} in the
     * district's time zone {@code zone}, and {@code stages} counts the departments at each stage.
     */
    public record CycleView(int year, LocalDate congressDate, boolean submissionsClosed, LocalDate today, String zone,
            List<StageView> stages, List<DepartmentView> departments) {

        static CycleView of(Overview overview) {
            return new CycleView(overview.year(), overview.congressDate(), overview.submissionsClosed(),
                    overview.today(), overview.zone().getId(),
                    StageView.of(StageCount.count(overview.departments().stream().map(CycleService.DepartmentState::stage).toList())),
                    overview.departments().stream().map(d -> new DepartmentView(d.code(), d.name(), d.stage().name(),
                            d.stage().label(), d.congressSession(), d.deadlines(),
                            ApiDecision.of(d.lastDecision()))).toList());
        }
    }

    /** How many departments stand at a stage ({@code DRAFTING} 部门编制 …), every stage in the cycle's order. */
    public record StageView(String stage, String stageLabel, int count) {

        static List<StageView> of(List<StageCount> counts) {
            return counts.stream().map(c -> new StageView(c.stage().name(), c.stage().label(), c.departments()))
                    .toList();
        }
    }

    /** {@code GET /api/cycles}: {@code {"cycles": [...]}}, newest year first. */
    public record CycleList(List<CycleListing> cycles) {
    }

    public record CycleListing(int year, Instant openedAt, String openedBy, LocalDate congressDate,
            boolean submissionsClosed, int departments, List<StageView> stages) {

        static CycleListing of(CycleSummary summary) {
            return new CycleListing(summary.year(), summary.openedAt(), summary.openedBy(), summary.congressDate(),
                    summary.submissionsClosedAt() != null, summary.departments(),
                    StageView.of(StageCount.of(summary.departmentsByStage())));
        }
    }

    /** {@code GET /api/cycles/{year}/timeline}: each department with its decisions, oldest first. */
    public record TimelineView(int year, List<DepartmentTimelineView> departments) {

        static TimelineView of(CycleProgress.Timeline timeline) {
            return new TimelineView(timeline.year(), timeline.departments().stream()
                    .map(d -> new DepartmentTimelineView(d.code(), d.name(), d.stage().name(), d.stage().label(),
                            d.decisions().stream().map(decision -> TimelineEntry.of(decision,
                                    timeline.userNames().getOrDefault(decision.decidedBy(), decision.decidedBy())))
                                    .toList()))
                    .toList());
        }
    }

    public record DepartmentTimelineView(String code, String name, String stage, String stageLabel,
            List<TimelineEntry> decisions) {
    }

    /** A step of a department's timeline: an entry of the audit trail with the display name of who decided. */
    public record TimelineEntry(String step, String stepLabel, String decision, String decisionLabel, String comment,
            Integer version, String by, String byName, Instant at) {

        static TimelineEntry of(Decision decision, String byName) {
            return new TimelineEntry(decision.step().name(), decision.step().label(), decision.decision(),
                    decision.decisionLabel(), decision.comment(), decision.budgetVersion(), decision.decidedBy(),
                    byName, decision.decidedAt());
        }
    }

    public record DepartmentView(String code, String name, String stage, String stageLabel, Integer congressSession,
            List<Deadline> deadlines, ApiDecision lastDecision) {
    }

    private static CycleService.OpenRequest request(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw WorkflowException.invalid("", "请求体应为 JSON 对象：{\"year\", \"departments\", \"ceilings\"?, \"congressDate\"?}");
        }
        Integer year = null;
        JsonNode yearNode = body.path("year");
        if (yearNode.isIntegralNumber() && yearNode.canConvertToInt()) {
            year = yearNode.asInt();
        } else if (yearNode.isTextual() && yearNode.asText().strip().matches("\\d{4}")) {
            year = Integer.parseInt(yearNode.asText().strip());
        } else if (!yearNode.isMissingNode() && !yearNode.isNull()) {
            throw WorkflowException.invalid("year", "预算年度应为四位数字年份");
        }
        List<String> departments = new ArrayList<>();
        JsonNode list = body.path("departments");
        if (!list.isMissingNode() && !list.isNull() && !list.isArray()) {
            throw WorkflowException.invalid("departments", "departments 应为部门代码的数组");
        }
        list.forEach(code -> departments.add(code.isValueNode() ? code.asText() : null));
        Map<String, String> ceilings = new LinkedHashMap<>();
        JsonNode ceilingNode = body.path("ceilings");
        if (!ceilingNode.isMissingNode() && !ceilingNode.isNull() && !ceilingNode.isObject()) {
            throw WorkflowException.invalid("ceilings", "ceilings 应为 {部门代码: 控制数} 对象");
        }
        ceilingNode.fields().forEachRemaining(e -> ceilings.put(e.getKey(),
                e.getValue().isNumber() ? e.getValue().decimalValue().toPlainString() : e.getValue().asText(null)));
        LocalDate congressDate = null;
        JsonNode date = body.path("congressDate");
        if (!date.isMissingNode() && !date.isNull()) {
            try {
                congressDate = LocalDate.parse(date.asText());
            } catch (DateTimeParseException e) {
                throw WorkflowException.invalid("congressDate", "人代会日期 " + date.asText() + " 应为 yyyy-MM-dd 格式");
            }
        }
        return new CycleService.OpenRequest(year, departments, ceilings, congressDate);
    }
}
