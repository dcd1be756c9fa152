package org.budgetflow.book;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.budgetflow.budget.DepartmentPerformance.OverallIndicator;
import org.budgetflow.budget.Indicator;
import org.budgetflow.disclosure.DisclosureJsonWriter;
import org.budgetflow.validation.Finding;
import org.budgetflow.validation.Severity;

/**
 * {@code book.json}: {@code {"year", "amountUnit": "元", "departments": [{"code", "name", "预算情况": {…}, "indicators":
 * [{"一级指标", "二级指标", "三级指标", "指标值"}], "projects": [{"unitCode", "projectCode", "projectName", "项目类型",
 * "资金总额", "政府预算资金", "indicators": [{"category", "name", "value"}]}]}], "summary": {…}}}.
 * <p>
 * Amounts are decimal strings in 元 with two decimals ("7395500.00", see {@link Yuan}); all six 预算情况 figures are
 * always present (a source the budget does not use is "0.00"); {@code category} is the budget's
 * {@link org.budgetflow.budget.IndicatorCategory} code (COST, OUTPUT, BENEFIT, SATISFACTION). Members in a fixed order,
 * one-space indentation, "\n" line ends and a final newline: the same book gives the same bytes.
 */
public final class BookJsonWriter {
    public static final String FILE_NAME = "book.json";
    public static final String AMOUNT_UNIT = "元";

    private final ObjectMapper mapper = JsonMapper.builder().build();
    private final ObjectWriter writer;

    public BookJsonWriter() {
        this.writer = DisclosureJsonWriter.stableWriter(mapper);
    }

    public byte[] write(CongressBook book) {
        try {
            byte[] body = writer.writeValueAsBytes(toTree(book));
            byte[] out = new byte[body.length + 1];
            System.arraycopy(body, 0, out, 0, body.length);
            out[body.length] = '\n';
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the congress book as JSON", e);
        }
    }

    public ObjectNode toTree(CongressBook book) {
        ObjectNode root = mapper.createObjectNode();
        root.put("year", book.year());
        root.put("amountUnit", AMOUNT_UNIT);
        ArrayNode departments = root.putArray("departments");
        for (DepartmentSection d : book.departments()) {
            department(departments.addObject(), d);
        }
        summary(root.putObject("summary"), book);
        return root;
    }

    private static void department(ObjectNode node, DepartmentSection d) {
        node.put("code", d.code());
        node.put("name", d.name());
        figures(node.putObject("预算情况"), d.figures());
        ArrayNode indicators = node.putArray("indicators");
        for (OverallIndicator i : d.indicators()) {
            indicators.addObject().put("一级指标", i.level1()).put("二级指标", i.level2()).put("三级指标", i.level3())
                    .put("指标值", i.value());
        }
        ArrayNode projects = node.putArray("projects");
        for (ProjectEntry p : d.projects()) {
            ObjectNode project = projects.addObject();
            project.put("unitCode", p.unitCode());
            project.put("projectCode", p.projectCode());
            project.put("projectName", p.projectName());
            project.put("项目类型", p.typeLabel());
            project.put("资金总额", Yuan.plain(p.total()));
            project.put("政府预算资金", Yuan.plain(p.governmentFunds()));
            ArrayNode list = project.putArray("indicators");
            for (Indicator i : p.indicators()) {
                list.addObject().put("category", i.category() == null ? null : i.category().name())
                        .put("name", i.name()).put("value", i.value());
            }
        }
    }

    private static void figures(ObjectNode node, BudgetFigures f) {
        node.put("部门预算总额", Yuan.plain(f.total()));
        node.put("政府预算资金", Yuan.plain(f.governmentFunds()));
        node.put("财政专户管理资金", Yuan.plain(f.specialAccount()));
        node.put("单位资金", Yuan.plain(f.unitFunds()));
        node.put("基本支出", Yuan.plain(f.basic()));
        node.put("项目支出", Yuan.plain(f.project()));
    }

    private static void summary(ObjectNode node, CongressBook book) {
        DistrictSummary s = book.summary();
        node.put("departmentCount", s.departments());
        node.put("projectCount", s.projects());
        figures(node.putObject("预算情况"), s.totals());
        node.put("errors", s.errors());
        node.put("warnings", s.warnings());
        ArrayNode departments = node.putArray("departments");
        for (DepartmentSection d : book.departments()) {
            ObjectNode entry = departments.addObject();
            entry.put("code", d.code());
            entry.put("name", d.name());
            entry.put("errors", d.count(Severity.ERROR));
            entry.put("warnings", d.count(Severity.WARNING));
            ArrayNode findings = entry.putArray("findings");
            for (Finding f : d.findings()) {
                findings.addObject().put("rule", f.rule()).put("severity", f.severity().name())
                        .put("message", f.message()).put("location", f.location());
            }
        }
    }
}
