package org.budgetflow.district;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.budgetflow.budget.Amounts;
import org.budgetflow.budget.Budget;
import org.budgetflow.budget.Line;
import org.budgetflow.budget.interchange.BudgetJsonWriter;
import org.budgetflow.validation.Finding;

/**
 * Writes a generated district into a folder: {@code {code}.json} per department (budget-v1), {@code index.json} (the
 * departments with their totals in 万元, for loaders) and {@code book-findings.json} (the D findings). The output is
 * byte-for-byte the same for the same book.
 */
public final class DistrictWriter {
    public static final String INDEX = "index.json";
    public static final String FINDINGS = "book-findings.json";

    private final BudgetJsonWriter budgets = new BudgetJsonWriter();
    private final JsonMapper json = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    /** Writes the files and returns their paths, budgets first. */
    public List<Path> write(DemoDistrict district, Path dir) {
        try {
            Files.createDirectories(dir);
            List<Path> written = new ArrayList<>();
            for (Budget budget : district.budgets()) {
                Path file = dir.resolve(fileName(budget));
                Files.writeString(file, toJson(budget));
                written.add(file);
            }
            written.add(writeJson(dir.resolve(INDEX), index(district)));
            written.add(writeJson(dir.resolve(FINDINGS), findings(district)));
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the district into " + dir, e);
        }
    }

    /** The budget-v1 text of a budget, as {@link BudgetJsonWriter} writes it. */
    public String toJson(Budget budget) {
        return budgets.toJson(budget);
    }

    public static String fileName(Budget budget) {
        return budget.department().code() + ".json";
    }

    private Path writeJson(Path file, Object value) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            json.writeValue(out, value);
        }
        return file;
    }

    private static Map<String, Object> index(DemoDistrict district) {
        List<Map<String, Object>> departments = new ArrayList<>();
        for (Budget b : district.budgets()) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("code", b.department().code());
            d.put("name", b.department().name());
            d.put("file", fileName(b));
            d.put("overallTable", !b.departmentPerformance().indicators().isEmpty());
            d.put("total", sum(b, null));
            d.put("basic", sum(b, Boolean.FALSE));
            d.put("project", sum(b, Boolean.TRUE));
            d.put("projects", b.projects().size());
            departments.add(d);
        }
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("year", district.year());
        index.put("amountUnit", "万元");
        index.put("synthetic", "支出行（功能分类、经济分类、人员经费与公用经费的划分）为合成数据，见 docs/demo-district.md");
        index.put("departments", departments);
        return index;
    }

    private static String sum(Budget budget, Boolean project) {
        BigDecimal total = Amounts.orZero(null);
        for (Line l : budget.lines()) {
            if (project == null || l.category().isProject() == project) {
                total = total.add(l.amount());
            }
        }
        return total.toPlainString();
    }

    private static Map<String, Object> findings(DemoDistrict district) {
        BookFindings f = district.findings();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("departments", district.budgets().size());
        summary.put("departmentsWithOverallTable", district.withOverallTable());
        summary.put("projects", district.projectCount());
        summary.put("unattributedProjects", f.unattributedProjects().size());
        summary.put("unattributedYuan", f.unattributedYuan().toPlainString());
        summary.put("pseudoDepartmentProjects", f.pseudoDepartmentProjects().size());
        summary.put("pseudoDepartmentYuan", f.pseudoDepartmentYuan().toPlainString());
        List<Map<String, String>> rules = new ArrayList<>();
        for (BookRule rule : BookRule.values()) {
            Map<String, String> r = new LinkedHashMap<>();
            r.put("rule", rule.name());
            r.put("severity", rule.severity().name());
            r.put("title", rule.title());
            r.put("count", String.valueOf(f.byRule(rule).size()));
            rules.add(r);
        }
        List<Map<String, String>> list = new ArrayList<>();
        for (Finding finding : f.all()) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("rule", finding.rule());
            m.put("severity", finding.severity().name());
            m.put("message", finding.message());
            m.put("location", finding.location());
            list.add(m);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("year", district.year());
        doc.put("summary", summary);
        doc.put("rules", rules);
        doc.put("findings", list);
        return doc;
    }
}
