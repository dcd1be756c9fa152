package org.budgetflow.workbook;

import static org.budgetflow.workbook.Layout.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.budgetflow.budget.Assets;
import org.budgetflow.budget.Budget;
import org.budgetflow.budget.BudgetUnit;
import org.budgetflow.budget.ChangeReasons;
import org.budgetflow.budget.Department;
import org.budgetflow.budget.DepartmentPerformance;
import org.budgetflow.budget.Funding;
import org.budgetflow.budget.Indicator;
import org.budgetflow.budget.Line;
import org.budgetflow.budget.PriorYear;
import org.budgetflow.budget.Procurement;
import org.budgetflow.budget.Project;
import org.budgetflow.budget.SpecialTransferPayment;
import org.budgetflow.classification.ClassificationCatalog;
import org.budgetflow.workbook.RecordReader.Located;

/**
 * The reader's side of the layout: builds a budget from the rows of the data sheets, checking headers, field labels,
 * every cell's format, codes against the year's catalog, and references from indicators to projects. Every error is
 * collected; the budget is returned only when there is none.
 */
final class BudgetAssembler {
    private static final int FIRST_DATA_ROW = 2;

    private final ClassificationCatalog catalog;
    private final ErrorCollector errors;
    /** The rows of each data sheet whose headers are right; a missing or malformed sheet is absent. */
    private final Map<String, List<SheetRow>> sheets;
    private final WorkbookSources sources = new WorkbookSources();
    private CodeChecker codes;

    BudgetAssembler(ClassificationCatalog catalog, ErrorCollector errors, Map<String, List<SheetRow>> sheets) {
        this.catalog = catalog;
        this.errors = errors;
        this.sheets = sheets;
    }

    /** Where the records and fields of the assembled budget came from. */
    WorkbookSources sources() {
        return sources;
    }

    Budget assemble() {
        Map<Column, List<Located>> department = form(DEPARTMENT);
        RecordReader d = formReader(DEPARTMENT, department);
        Integer year = d.integer(YEAR, 2000, 2100);
        codes = new CodeChecker(catalog, year);
        Department dept = new Department(d.digits(DEPARTMENT_CODE), d.text(DEPARTMENT_NAME), d.text(PRINTED_NAME),
                responsibilities(department), d.text(COMPOSITION));

        List<BudgetUnit> units = table(UNITS, r -> new BudgetUnit(r.digits(UNIT_CODE), r.text(UNIT_NAME),
                r.choice(UNIT_KIND, Choices.UNIT_KIND)));
        requireRows(UNITS, units, "至少需要 1 个预算单位");
        List<Funding> income = table(INCOME, BudgetAssembler::funding);
        List<Funding> carryForward = table(CARRY_FORWARD, BudgetAssembler::funding);
        List<Line> lines = table(LINES, this::line);
        requireRows(LINES, lines, "至少需要 1 条支出明细");
        List<Project> projects = projects();
        DepartmentPerformance performance = performance();
        PriorYear prior = priorYear();
        ChangeReasons reasons = reasons();
        RecordReader o = formReader(OTHER, form(OTHER));
        Procurement procurement = new Procurement(o.amount(GOODS), o.amount(WORKS), o.amount(SERVICES));
        Assets assets = assets(o);
        List<SpecialTransferPayment> transfers = table(TRANSFERS,
                r -> new SpecialTransferPayment(r.textOrEmpty(TRANSFER_NAME), r.amount(TRANSFER_AMOUNT)));
        errors.throwIfAny();
        return new Budget(year, dept, units, income, carryForward, lines, projects, performance, prior, reasons,
                procurement, assets, transfers);
    }

    private static Funding funding(RecordReader r) {
        return new Funding(r.digits(MONEY_UNIT), r.choice(MONEY_SOURCE, Choices.FUND_SOURCE),
                r.flag(MONEY_CARRY_OVER), r.flag(MONEY_APPROPRIATION), r.amount(MONEY_AMOUNT));
    }

    private Line line(RecordReader r) {
        return new Line(r.digits(LINE_UNIT), r.code(FUNCTION_CODE), r.text(FUNCTION_NAME), r.code(DEPT_ECON_CODE),
                r.text(DEPT_ECON_NAME), r.code(GOV_ECON_CODE), r.text(GOV_ECON_NAME),
                r.choice(LINE_SOURCE, Choices.FUND_SOURCE), r.flag(LINE_CARRY_OVER), r.flag(LINE_APPROPRIATION),
                r.choice(LINE_CATEGORY, Choices.CATEGORY), r.text(LINE_PROJECT), r.amount(LINE_AMOUNT));
    }

    /** Projects with their indicators; ids are unique, and every indicator names a listed project. */
    private List<Project> projects() {
        Map<String, Project> byId = new LinkedHashMap<>();
        Map<String, Integer> rowOf = new HashMap<>();
        forEachRecord(PROJECTS, (r, row) -> {
            String code = r.text(PROJECT_CODE);
            String name = r.text(PROJECT_NAME);
            String given = r.text(PROJECT_ID);
            String id = given != null ? given : code != null ? code : name;
            Project project = new Project(id, code, name, r.digits(PROJECT_UNIT),
                    r.choice(PROJECT_TYPE, Choices.PROJECT_TYPE), r.flag(PROJECT_KEY), List.of());
            if (id != null && rowOf.containsKey(id)) {
                r.reject(PROJECT_ID, "项目标识“" + id + "”与第 " + rowOf.get(id) + " 行重复；每个项目的标识须唯一");
            } else if (id != null) {
                rowOf.put(id, row.number());
            }
            if (!r.failed()) {
                byId.put(id, project);
            }
        });
        Map<String, List<Indicator>> indicators = new HashMap<>();
        Map<String, List<Integer>> indicatorRows = new HashMap<>();
        boolean projectsRead = sheets.containsKey(PROJECTS.name());
        forEachRecord(INDICATORS, (r, row) -> {
            String projectId = r.text(INDICATOR_PROJECT);
            Indicator indicator = new Indicator(r.choice(INDICATOR_CATEGORY, Choices.INDICATOR_CATEGORY),
                    r.text(INDICATOR_LEVEL2), r.textOrEmpty(INDICATOR_NAME), r.textOrEmpty(INDICATOR_VALUE));
            if (projectId != null && projectsRead && !rowOf.containsKey(projectId)) {
                r.reject(INDICATOR_PROJECT, "项目标识“" + projectId + "”不在“" + PROJECTS.name() + "”工作表中");
            }
            if (!r.failed()) {
                indicators.computeIfAbsent(projectId, k -> new ArrayList<>()).add(indicator);
                indicatorRows.computeIfAbsent(projectId, k -> new ArrayList<>()).add(row.number());
            }
        });
        int index = 0;
        for (String id : byId.keySet()) {
            sources.record(PROJECTS, "projects[" + index + "]", rowOf.get(id));
            List<Integer> rows = indicatorRows.getOrDefault(id, List.of());
            for (int i = 0; i < rows.size(); i++) {
                sources.record(INDICATORS, "projects[" + index + "].indicators[" + i + "]", rows.get(i));
            }
            index++;
        }
        return byId.values().stream().map(p -> new Project(p.id(), p.code(), p.name(), p.unitCode(), p.type(),
                p.keyProject(), indicators.getOrDefault(p.id(), List.of()))).toList();
    }

    private DepartmentPerformance performance() {
        RecordReader p = formReader(PERFORMANCE, form(PERFORMANCE));
        String goal = p.text(ANNUAL_GOAL);
        List<DepartmentPerformance.Task> tasks = table(TASKS,
                r -> new DepartmentPerformance.Task(r.text(TASK_NAME), r.text(TASK_CONTENT)));
        List<DepartmentPerformance.OverallIndicator> indicators = table(OVERALL_INDICATORS,
                r -> new DepartmentPerformance.OverallIndicator(r.text(OVERALL_LEVEL1), r.text(OVERALL_LEVEL2),
                        r.text(OVERALL_LEVEL3), r.text(OVERALL_VALUE), r.text(OVERALL_EXPLANATION)));
        return new DepartmentPerformance(goal, tasks, indicators);
    }

    private PriorYear priorYear() {
        RecordReader p = formReader(PRIOR, form(PRIOR));
        Integer year = p.integer(PRIOR_YEAR, 2000, 2100);
        BigDecimal total = p.amount(PRIOR_TOTAL);
        BigDecimal general = p.amount(PRIOR_GENERAL);
        BigDecimal fund = p.amount(PRIOR_FUND);
        BigDecimal capital = p.amount(PRIOR_CAPITAL);
        PriorYear.ThreePublic three = new PriorYear.ThreePublic(p.amount(PRIOR_ABROAD), p.amount(PRIOR_RECEPTION),
                p.amount(PRIOR_PURCHASE), p.amount(PRIOR_OPERATION));
        boolean noThreePublic = three.abroad() == null && three.reception() == null && three.vehiclePurchase() == null
                && three.vehicleOperation() == null;
        return new PriorYear(year, total, general, fund, capital, noThreePublic ? null : three);
    }

    private ChangeReasons reasons() {
        RecordReader r = formReader(REASONS, form(REASONS));
        return new ChangeReasons(r.text(REASON_TOTAL), r.text(REASON_GENERAL), r.text(REASON_FUND),
                r.text(REASON_CAPITAL), r.text(REASON_THREE_PUBLIC));
    }

    private static Assets assets(RecordReader o) {
        String asOf = o.text(AS_OF);
        Assets.Vehicles vehicles = new Assets.Vehicles(o.integer(GENERAL_OFFICIAL, 0, Integer.MAX_VALUE),
                o.integer(LAW_ENFORCEMENT, 0, Integer.MAX_VALUE), o.integer(SPECIAL_TECHNICAL, 0, Integer.MAX_VALUE),
                o.integer(OTHER_VEHICLES, 0, Integer.MAX_VALUE), o.text(OTHER_VEHICLES_NOTE));
        boolean noVehicles = vehicles.generalOfficial() == null && vehicles.lawEnforcement() == null
                && vehicles.specialTechnical() == null && vehicles.other() == null && vehicles.otherNote() == null;
        return new Assets(asOf, noVehicles ? null : vehicles, o.integer(GENERAL_EQUIPMENT, 0, Integer.MAX_VALUE),
                o.integer(SPECIAL_EQUIPMENT, 0, Integer.MAX_VALUE));
    }

    private List<String> responsibilities(Map<Column, List<Located>> department) {
        List<String> duties = new ArrayList<>();
        for (Located at : department.getOrDefault(RESPONSIBILITY, List.of())) {
            RecordReader r = new RecordReader(DEPARTMENT.name(), c -> at, errors, codes);
            String duty = r.text(RESPONSIBILITY);
            if (duty != null) {
                duties.add(duty);
            }
        }
        return duties;
    }

    // ---- tables

    private interface RecordVisitor {
        void visit(RecordReader reader, SheetRow row);
    }

    /** The records of a table sheet that read without error (an absent sheet has none). */
    private <T> List<T> table(SheetSpec spec, Function<RecordReader, T> mapper) {
        List<T> records = new ArrayList<>();
        forEachRecord(spec, (r, row) -> {
            T record = mapper.apply(r);
            if (!r.failed()) {
                sources.record(spec, spec.field() + "[" + records.size() + "]", row.number());
                records.add(record);
            }
        });
        return records;
    }

    private void forEachRecord(SheetSpec spec, RecordVisitor visitor) {
        Map<Column, Integer> positions = spec.positions();
        for (SheetRow row : sheets.getOrDefault(spec.name(), List.of())) {
            if (row.number() < FIRST_DATA_ROW) {
                continue;
            }
            RecordReader reader = new RecordReader(spec.name(), c -> {
                int position = positions.get(c);
                return new Located(row.cell(position), row.number(), position);
            }, errors, codes);
            visitor.visit(reader, row);
        }
    }

    private void requireRows(SheetSpec spec, List<?> records, String what) {
        List<SheetRow> rows = sheets.get(spec.name());
        boolean anyData = rows != null && rows.stream().anyMatch(r -> r.number() >= FIRST_DATA_ROW);
        if (rows != null && !anyData && records.isEmpty()) {
            errors.add(CellError.sheet(spec.name(), "工作表“" + spec.name() + "”没有数据：" + what));
        }
    }

    // ---- forms

    /** The cells of a form sheet by field (a repeatable field may have several); unknown labels are reported. */
    private Map<Column, List<Located>> form(SheetSpec spec) {
        Map<String, Column> byLabel = spec.columns().stream()
                .collect(Collectors.toMap(Column::header, c -> c, (a, b) -> a));
        Map<Column, List<Located>> cells = new LinkedHashMap<>();
        for (SheetRow row : sheets.getOrDefault(spec.name(), List.of())) {
            if (row.number() < FIRST_DATA_ROW) {
                continue;
            }
            RawCell label = row.cell(0);
            String text = label != null && label.type() == RawCell.Type.TEXT ? label.text().trim() : null;
            Column field = text == null ? null : byLabel.get(text);
            if (field == null) {
                if (label != null || row.cell(1) != null) {
                    String found = label == null ? "A 列为空" : "A 列为“" + label.text() + "”";
                    errors.add(CellError.cell(spec.name(), row.number(), "A", SheetSpec.FORM_LABEL,
                            "无法识别的字段（" + found + "）；应为以下之一：" + String.join("、",
                                    spec.columns().stream().map(Column::header).distinct().toList())));
                }
                continue;
            }
            List<Located> found = cells.computeIfAbsent(field, k -> new ArrayList<>());
            if (!found.isEmpty() && field != spec.repeatable()) {
                errors.add(CellError.cell(spec.name(), row.number(), "A", SheetSpec.FORM_LABEL,
                        "字段“" + field.header() + "”重复（第 " + found.get(0).row() + " 行已有）"));
                continue;
            }
            String path = field == spec.repeatable()
                    ? field.field().replace("[]", "[" + found.size() + "]") : field.field();
            sources.formField(spec, field, path, row.number());
            found.add(new Located(row.cell(1), row.number(), 1));
        }
        return cells;
    }

    private RecordReader formReader(SheetSpec spec, Map<Column, List<Located>> cells) {
        boolean present = sheets.containsKey(spec.name());
        return new RecordReader(spec.name(), c -> {
            List<Located> found = cells.get(c);
            if (found == null || found.isEmpty()) {
                // an absent sheet was reported already: its fields read as empty without further errors
                return present ? Located.ABSENT : new Located(null, -1, 1);
            }
            return found.get(0);
        }, present ? errors : new ErrorCollector(0), codes);
    }

    /** The data sheets the workbook must have. */
    static Set<String> requiredSheets() {
        return SHEETS.stream().map(SheetSpec::name).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
