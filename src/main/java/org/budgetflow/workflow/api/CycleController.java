package org.budgetflow.workflow.api;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.budgetflow.identity.CurrentUsers;
import org.budgetflow.workflow.service.CycleService;
import org.budgetflow.workflow.service.CycleService.Deadline;
import org.budgetflow.workflow.service.CycleService.Overview;
import org.budgetflow.workflow.service.WorkflowException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/cycles}: the finance bureau opens a year's cycle ({@code POST}) and closes submissions
 * ({@code POST /{year}/close}); finance, performance, congress and admin follow it ({@code GET /{year}}).
 */
@RestController
@RequestMapping("/api/cycles")
public class CycleController {
    private final CycleService cycles;
    private final CurrentUsers users;

    public CycleController(CycleService cycles, CurrentUsers users) {
        this.cycles = cycles;
        this.users = users;
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

    /** The cycle as {@code GET /api/cycles/{year}} shows it. */
    public record CycleView(int year, LocalDate congressDate, boolean submissionsClosed,
            List<DepartmentView> departments) {

        static CycleView of(Overview overview) {
            return new CycleView(overview.year(), overview.congressDate(), overview.submissionsClosed(),
                    overview.departments().stream().map(d -> new DepartmentView(d.code(), d.name(), d.stage().name(),
                            d.stage().label(), d.congressSession(), d.deadlines(),
                            ApiDecision.of(d.lastDecision()))).toList());
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
