package org.budgetflow.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.budgetflow.budget.Budget;
import org.budgetflow.budget.BudgetUnit;
import org.budgetflow.budget.Department;
import org.budgetflow.budget.ExpenditureCategory;
import org.budgetflow.budget.FundSource;
import org.budgetflow.budget.Line;
import org.budgetflow.budget.Project;
import org.budgetflow.budget.ProjectType;
import org.budgetflow.budget.UnitKind;

/**
 * Test budgets for the classification-code rules (C1–C4): units, lines with codes and names, projects with codes.
 * Amounts do not matter to these rules and are 1.00 unless given.
 */
public final class CodeBudgets {

    private CodeBudgets() {
    }

    public static Builder year(int year) {
        return new Builder(year);
    }

    /** A basic 一般公共预算 line without printed names. */
    public static Line line(String unitCode, String functionCode, String deptEconCode, String govEconCode) {
        return line(unitCode, functionCode, null, deptEconCode, null, govEconCode, null,
                FundSource.GENERAL_PUBLIC_BUDGET);
    }

    public static Line line(String unitCode, String functionCode, String functionName, String deptEconCode,
                            String deptEconName, String govEconCode, String govEconName, FundSource source) {
        return new Line(unitCode, functionCode, functionName, deptEconCode, deptEconName, govEconCode, govEconName,
                source, false, true, ExpenditureCategory.PUBLIC_OFFICE, null, new BigDecimal("1.00"));
    }

    /** The worked example's budget.json with the fields these rules read (units, lines, projects). */
    public static Budget workedExample() {
        Path file = shared().resolve("examples/xigong-community-2023/budget.json");
        try {
            JsonNode root = new ObjectMapper().readTree(Files.readString(file));
            Builder builder = year(root.get("year").asInt());
            for (JsonNode unit : root.get("units")) {
                builder.unit(unit.get("code").asText(), unit.get("name").asText(),
                        UnitKind.valueOf(unit.get("kind").asText()));
            }
            for (JsonNode l : root.get("lines")) {
                builder.line(new Line(text(l, "unitCode"), text(l, "functionCode"), text(l, "functionName"),
                        text(l, "deptEconCode"), text(l, "deptEconName"), text(l, "govEconCode"), text(l, "govEconName"),
                        FundSource.valueOf(text(l, "fundSource")), l.get("carryOver").asBoolean(),
                        !l.has("appropriation") || l.get("appropriation").asBoolean(),
                        ExpenditureCategory.valueOf(text(l, "category")), text(l, "projectId"),
                        new BigDecimal(text(l, "amount"))));
            }
            for (JsonNode p : root.get("projects")) {
                builder.project(new Project(text(p, "id"), text(p, "code"), text(p, "name"), text(p, "unitCode"),
                        ProjectType.valueOf(text(p, "type")), p.path("keyProject").asBoolean(), List.of()));
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shared reference folder: system property budgetflow.shared, else ../shared. */
    public static Path shared() {
        String property = System.getProperty("budgetflow.shared");
        return property != null ? Path.of(property) : Path.of("..", "shared");
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    public static final class Builder {
        private final int year;
        private final List<BudgetUnit> units = new ArrayList<>();
        private final List<Line> lines = new ArrayList<>();
        private final List<Project> projects = new ArrayList<>();

        private Builder(int year) {
            this.year = year;
        }

        public Builder unit(String code, UnitKind kind) {
            return unit(code, "测试单位" + code, kind);
        }

        public Builder unit(String code, String name, UnitKind kind) {
            units.add(new BudgetUnit(code, name, kind));
            return this;
        }

        public Builder line(String unitCode, String functionCode, String deptEconCode, String govEconCode) {
            return line(CodeBudgets.line(unitCode, functionCode, deptEconCode, govEconCode));
        }

        public Builder line(Line line) {
            lines.add(line);
            return this;
        }

        /** A project with a code; its id is the code (or the name when the code is null). */
        public Builder project(String code, String name) {
            return project(new Project(code == null ? name : code, code, name,
                    units.isEmpty() ? "310001" : units.get(0).code(), ProjectType.SPECIFIC_PURPOSE, false, List.of()));
        }

        public Builder project(Project project) {
            projects.add(project);
            return this;
        }

        public Budget build() {
            Department department = new Department("310", "测试部门", null, List.of(), null);
            return new Budget(year, department, units, List.of(), List.of(), lines, projects, null, null, null, null,
                    null, List.of());
        }
    }
}
