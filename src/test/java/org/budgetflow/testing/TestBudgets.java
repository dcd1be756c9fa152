package org.budgetflow.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.budgetflow.budget.Assets;
import org.budgetflow.budget.Budget;
import org.budgetflow.budget.BudgetUnit;
import org.budgetflow.budget.ChangeReasons;
import org.budgetflow.budget.Department;
import org.budgetflow.budget.DepartmentPerformance;
import org.budgetflow.budget.ExpenditureCategory;
import org.budgetflow.budget.FundSource;
import org.budgetflow.budget.Funding;
import org.budgetflow.budget.Indicator;
import org.budgetflow.budget.IndicatorCategory;
import org.budgetflow.budget.Line;
import org.budgetflow.budget.PriorYear;
import org.budgetflow.budget.Procurement;
import org.budgetflow.budget.Project;
import org.budgetflow.budget.ProjectType;
import org.budgetflow.budget.SpecialTransferPayment;
import org.budgetflow.budget.UnitKind;
import org.budgetflow.validation.BudgetContext;
import org.budgetflow.validation.BudgetRule;
import org.budgetflow.validation.Finding;
import org.budgetflow.validation.Findings;

/**
 * A fluent builder of small budgets for tests.
 * <p>
 * {@link #budget()} is the minimal balanced budget: year 2023, department 310, one 行政单位 310001, 一般公共预算（本年）
 * income 100.00 and one 人员经费 line at index 0 (2120101 行政运行, 30101 基本工资 → 50101) of 100.00. From there:
 * <pre>{@code
 * Budget b = TestBudgets.budget()
 *         .spend(TestBudgets.line("30201", "50201").amount("5.00"))           // raises the matching income: still balanced
 *         .project(TestBudgets.project("P1", ProjectType.SPECIFIC_PURPOSE))
 *         .spend(TestBudgets.line("30227", "50205").project("P1").amount("20.00")) // category taken from project P1
 *         .line(TestBudgets.line("30201", "50201").amount("1.00"))            // added as is: now unbalanced by 1.00
 *         .build();
 * }</pre>
 * Amounts are written as strings ("5.00") and parsed as {@link BigDecimal}. Lines keep the order in which they are
 * added, so their index in {@code lines} is known (the default line is {@code lines[0]}).
 */
public final class TestBudgets {
    public static final int YEAR = 2023;
    public static final String DEPARTMENT_CODE = "310";
    public static final String DEPARTMENT_NAME = "测试区社区治理和服务创新办公室";
    public static final String UNIT = "310001";
    public static final String UNIT_NAME = "测试区社区治理和服务创新办公室";

    private int year = YEAR;
    private String departmentCode = DEPARTMENT_CODE;
    private String departmentName = DEPARTMENT_NAME;
    private String printedName;
    private final List<String> responsibilities = new ArrayList<>();
    private String composition;
    private final List<BudgetUnit> units = new ArrayList<>();
    private final List<Funding> income = new ArrayList<>();
    private final List<Funding> carryForward = new ArrayList<>();
    private final List<LineBuilder> lines = new ArrayList<>();
    private final List<ProjectBuilder> projects = new ArrayList<>();
    private String annualGoal;
    private final List<DepartmentPerformance.Task> tasks = new ArrayList<>();
    private final List<DepartmentPerformance.OverallIndicator> overallIndicators = new ArrayList<>();
    private PriorYear priorYear = PriorYear.EMPTY;
    private ChangeReasons changeReasons = ChangeReasons.EMPTY;
    private Procurement procurement = Procurement.EMPTY;
    private Assets assets = Assets.EMPTY;
    private final List<SpecialTransferPayment> specialTransferPayments = new ArrayList<>();

    private TestBudgets() {
    }

    /** The minimal balanced one-unit budget (see the class comment). */
    public static TestBudgets budget() {
        return empty().spend(line("30101", "50101").amount("100.00"));
    }

    /** Department 310 with unit 310001 and no money at all: no income, no lines, no projects. */
    public static TestBudgets empty() {
        TestBudgets b = new TestBudgets();
        b.units.add(new BudgetUnit(UNIT, UNIT_NAME, UnitKind.ADMINISTRATIVE));
        return b;
    }

    /** A line of unit 310001, 2120101, 一般公共预算（本年）财政拨款, 1.00; basic category from the economic class. */
    public static LineBuilder line(String deptEconCode, String govEconCode) {
        return new LineBuilder(deptEconCode, govEconCode);
    }

    /** A project of unit 310001 named "测试项目 {id}"; its code is the id when the id is a 21-digit project code. */
    public static ProjectBuilder project(String id, ProjectType type) {
        return new ProjectBuilder(id, type);
    }

    /** Runs one rule on a budget and returns its findings. */
    public static List<Finding> check(BudgetRule rule, Budget budget) {
        Findings findings = new Findings();
        rule.check(new BudgetContext(budget), findings);
        return findings.toList();
    }

    /** Runs rules on the budget built so far. */
    public List<Finding> findings(BudgetRule... rules) {
        Budget budget = build();
        BudgetContext context = new BudgetContext(budget);
        Findings findings = new Findings();
        for (BudgetRule rule : rules) {
            rule.check(context, findings);
        }
        return findings.toList();
    }

    // ---- department and units

    public TestBudgets year(int year) {
        this.year = year;
        return this;
    }

    public TestBudgets department(String code, String name) {
        this.departmentCode = code;
        this.departmentName = name;
        return this;
    }

    public TestBudgets printedName(String printedName) {
        this.printedName = printedName;
        return this;
    }

    public TestBudgets responsibilities(String... duties) {
        responsibilities.addAll(Arrays.asList(duties));
        return this;
    }

    public TestBudgets composition(String composition) {
        this.composition = composition;
        return this;
    }

    /** Adds a 行政单位. */
    public TestBudgets unit(String code, String name) {
        return unit(code, name, UnitKind.ADMINISTRATIVE);
    }

    public TestBudgets unit(String code, String name, UnitKind kind) {
        units.add(new BudgetUnit(code, name, kind));
        return this;
    }

    /** Replaces the kind of an already added unit (e.g. to make 310001 a 事业单位). */
    public TestBudgets unitKind(String code, UnitKind kind) {
        units.replaceAll(u -> u.code().equals(code) ? new BudgetUnit(u.code(), u.name(), kind) : u);
        return this;
    }

    // ---- income and carry-forward (added as is: they change the balance)

    /** Current-year income of unit 310001. */
    public TestBudgets income(FundSource source, String amount) {
        return income(UNIT, source, false, amount);
    }

    /** 上年结转结余 brought in by unit 310001. */
    public TestBudgets carryOverIncome(FundSource source, String amount) {
        return income(UNIT, source, true, amount);
    }

    public TestBudgets income(String unitCode, FundSource source, boolean carryOver, String amount) {
        return income(new Funding(unitCode, source, carryOver, true, money(amount)));
    }

    public TestBudgets income(Funding funding) {
        income.add(funding);
        return this;
    }

    /** Planned year-end carry-forward of unit 310001. */
    public TestBudgets carryForward(FundSource source, boolean carryOver, String amount) {
        return carryForward(new Funding(UNIT, source, carryOver, true, money(amount)));
    }

    public TestBudgets carryForward(Funding funding) {
        carryForward.add(funding);
        return this;
    }

    /** Removes all income entries (e.g. to test money spent without income). */
    public TestBudgets withoutIncome() {
        income.clear();
        return this;
    }

    // ---- lines

    /** Adds a line as is, without touching income (use it to unbalance a budget). */
    public TestBudgets line(LineBuilder line) {
        lines.add(line.copy());
        return this;
    }

    /**
     * Adds a line and raises the income of the same unit, source, carry-over flag and appropriation flag by its amount
     * (creating the entry if needed), so a balanced budget stays balanced.
     */
    public TestBudgets spend(LineBuilder line) {
        lines.add(line.copy());
        BigDecimal amount = Objects.requireNonNull(line.amount, "amount");
        for (int i = 0; i < income.size(); i++) {
            Funding f = income.get(i);
            if (f.unitCode().equals(line.unitCode) && f.fundSource() == line.fundSource
                    && f.carryOver() == line.carryOver && f.appropriation() == line.appropriation) {
                income.set(i, new Funding(f.unitCode(), f.fundSource(), f.carryOver(), f.appropriation(),
                        f.amount().add(amount)));
                return this;
            }
        }
        income.add(new Funding(line.unitCode, line.fundSource, line.carryOver, line.appropriation, amount));
        return this;
    }

    /** Adds {@code count} balanced copies of a line (for volume tests). */
    public TestBudgets spend(LineBuilder line, int count) {
        for (int i = 0; i < count; i++) {
            spend(line);
        }
        return this;
    }

    /** Number of lines added so far: the index the next line will get. */
    public int lineCount() {
        return lines.size();
    }

    // ---- projects

    public TestBudgets project(ProjectBuilder project) {
        projects.add(project.copy());
        return this;
    }

    /** A project and one balanced line of it: adds {@code project(id, type)} and spends {@code amount} on it. */
    public TestBudgets projectSpending(String id, ProjectType type, String deptEconCode, String govEconCode,
                                       String amount) {
        project(project(id, type));
        return spend(line(deptEconCode, govEconCode).project(id).amount(amount));
    }

    // ---- performance targets

    public TestBudgets annualGoal(String annualGoal) {
        this.annualGoal = annualGoal;
        return this;
    }

    public TestBudgets task(String name, String content) {
        tasks.add(new DepartmentPerformance.Task(name, content));
        return this;
    }

    public TestBudgets overallIndicator(String level1, String level2, String level3, String value,
                                        String explanation) {
        overallIndicators.add(new DepartmentPerformance.OverallIndicator(level1, level2, level3, value, explanation));
        return this;
    }

    // ---- prior year, reasons, procurement, assets, transfers

    public TestBudgets priorYear(PriorYear priorYear) {
        this.priorYear = priorYear;
        return this;
    }

    /** Prior-year totals (null = not stated) for year − 1, keeping the stated 三公 figures. */
    public TestBudgets priorYear(String total, String generalPublicBudget, String governmentFund, String stateCapital) {
        this.priorYear = new PriorYear(year - 1, money(total), money(generalPublicBudget), money(governmentFund),
                money(stateCapital), priorYear.threePublic());
        return this;
    }

    /** Prior-year 三公 figures (null = not stated), keeping the other prior-year figures. */
    public TestBudgets priorThreePublic(String abroad, String reception, String vehiclePurchase,
                                        String vehicleOperation) {
        PriorYear p = priorYear;
        this.priorYear = new PriorYear(p.year() == null ? year - 1 : p.year(), p.total(), p.generalPublicBudget(),
                p.governmentFund(), p.stateCapital(), new PriorYear.ThreePublic(money(abroad), money(reception),
                money(vehiclePurchase), money(vehicleOperation)));
        return this;
    }

    public TestBudgets changeReasons(ChangeReasons changeReasons) {
        this.changeReasons = changeReasons;
        return this;
    }

    /** Sets only the 三公 reason, keeping the others. */
    public TestBudgets threePublicReason(String reason) {
        ChangeReasons r = changeReasons;
        this.changeReasons = new ChangeReasons(r.total(), r.generalPublicBudget(), r.governmentFund(),
                r.stateCapital(), reason);
        return this;
    }

    public TestBudgets procurement(String goods, String works, String services) {
        this.procurement = new Procurement(money(goods), money(works), money(services));
        return this;
    }

    public TestBudgets assets(Assets assets) {
        this.assets = assets;
        return this;
    }

    /** 国有资产占用: {@code count} 一般公务用车, nothing else. */
    public TestBudgets vehicles(int count) {
        this.assets = new Assets(assets.asOf() == null ? (year - 1) + "年期末" : assets.asOf(),
                new Assets.Vehicles(count, 0, 0, 0, null), assets.generalEquipmentOver500k(),
                assets.specialEquipmentOver1m());
        return this;
    }

    public TestBudgets specialTransferPayment(String name, String amount) {
        specialTransferPayments.add(new SpecialTransferPayment(name, money(amount)));
        return this;
    }

    // ---- build

    public Budget build() {
        Map<String, ProjectType> types = new HashMap<>();
        for (ProjectBuilder p : projects) {
            types.putIfAbsent(p.id, p.type);
        }
        List<Line> builtLines = new ArrayList<>(lines.size());
        for (LineBuilder l : lines) {
            builtLines.add(l.build(types));
        }
        return new Budget(year,
                new Department(departmentCode, departmentName, printedName, responsibilities, composition),
                units, income, carryForward, builtLines, projects.stream().map(ProjectBuilder::build).toList(),
                new DepartmentPerformance(annualGoal, tasks, overallIndicators),
                priorYear, changeReasons, procurement, assets, specialTransferPayments);
    }

    public BudgetContext context() {
        return new BudgetContext(build());
    }

    static BigDecimal money(String amount) {
        return amount == null ? null : new BigDecimal(amount);
    }

    /** A line under construction; defaults: unit 310001, 2120101, 一般公共预算（本年）财政拨款, amount 1.00. */
    public static final class LineBuilder {
        private String unitCode = UNIT;
        private String functionCode = "2120101";
        private String functionName;
        private String deptEconCode;
        private String deptEconName;
        private String govEconCode;
        private String govEconName;
        private FundSource fundSource = FundSource.GENERAL_PUBLIC_BUDGET;
        private boolean carryOver;
        private boolean appropriation = true;
        private ExpenditureCategory category;
        private String projectId;
        private BigDecimal amount = new BigDecimal("1.00");

        private LineBuilder(String deptEconCode, String govEconCode) {
            this.deptEconCode = deptEconCode;
            this.govEconCode = govEconCode;
        }

        public LineBuilder unit(String unitCode) {
            this.unitCode = unitCode;
            return this;
        }

        public LineBuilder function(String functionCode) {
            this.functionCode = functionCode;
            return this;
        }

        public LineBuilder function(String functionCode, String functionName) {
            this.functionCode = functionCode;
            this.functionName = functionName;
            return this;
        }

        public LineBuilder names(String deptEconName, String govEconName) {
            this.deptEconName = deptEconName;
            this.govEconName = govEconName;
            return this;
        }

        public LineBuilder source(FundSource fundSource) {
            this.fundSource = fundSource;
            return this;
        }

        /** Marks the line as spending 上年结转结余. */
        public LineBuilder carriedOver() {
            this.carryOver = true;
            return this;
        }

        /** Marks 一般公共预算 money that is not 财政拨款 ({@code appropriation: false}). */
        public LineBuilder notAppropriation() {
            this.appropriation = false;
            return this;
        }

        /** Sets the category explicitly (otherwise: the project's type, or 301/303 → 人员经费, else 公用经费). */
        public LineBuilder category(ExpenditureCategory category) {
            this.category = category;
            return this;
        }

        public LineBuilder project(String projectId) {
            this.projectId = projectId;
            return this;
        }

        public LineBuilder amount(String amount) {
            this.amount = money(amount);
            return this;
        }

        LineBuilder copy() {
            LineBuilder c = new LineBuilder(deptEconCode, govEconCode);
            c.unitCode = unitCode;
            c.functionCode = functionCode;
            c.functionName = functionName;
            c.deptEconName = deptEconName;
            c.govEconName = govEconName;
            c.fundSource = fundSource;
            c.carryOver = carryOver;
            c.appropriation = appropriation;
            c.category = category;
            c.projectId = projectId;
            c.amount = amount;
            return c;
        }

        Line build(Map<String, ProjectType> projectTypes) {
            return new Line(unitCode, functionCode, functionName, deptEconCode, deptEconName, govEconCode,
                    govEconName, fundSource, carryOver, appropriation, resolveCategory(projectTypes), projectId, amount);
        }

        private ExpenditureCategory resolveCategory(Map<String, ProjectType> projectTypes) {
            if (category != null) {
                return category;
            }
            if (projectId != null) {
                ProjectType type = projectTypes.get(projectId);
                return type == null ? ExpenditureCategory.OTHER_OPERATING : type.category();
            }
            boolean personnel = deptEconCode != null
                    && (deptEconCode.startsWith("301") || deptEconCode.startsWith("303"));
            return personnel ? ExpenditureCategory.PERSONNEL : ExpenditureCategory.PUBLIC_OFFICE;
        }
    }

    /** A project under construction; defaults: unit 310001, name "测试项目 {id}", not a key project, no indicators. */
    public static final class ProjectBuilder {
        private final String id;
        private String code;
        private String name;
        private String unitCode = UNIT;
        private ProjectType type;
        private boolean keyProject;
        private final List<Indicator> indicators = new ArrayList<>();

        private ProjectBuilder(String id, ProjectType type) {
            this.id = id;
            this.type = type;
            this.code = id != null && id.matches("[0-9]{21}") ? id : null;
            this.name = "测试项目 " + id;
        }

        public ProjectBuilder code(String code) {
            this.code = code;
            return this;
        }

        public ProjectBuilder name(String name) {
            this.name = name;
            return this;
        }

        public ProjectBuilder unit(String unitCode) {
            this.unitCode = unitCode;
            return this;
        }

        public ProjectBuilder type(ProjectType type) {
            this.type = type;
            return this;
        }

        public ProjectBuilder keyProject() {
            this.keyProject = true;
            return this;
        }

        public ProjectBuilder indicator(IndicatorCategory category, String name, String value) {
            return indicator(category, null, name, value);
        }

        public ProjectBuilder indicator(IndicatorCategory category, String level2, String name, String value) {
            indicators.add(new Indicator(category, level2, name, value));
            return this;
        }

        ProjectBuilder copy() {
            ProjectBuilder c = new ProjectBuilder(id, type);
            c.code = code;
            c.name = name;
            c.unitCode = unitCode;
            c.keyProject = keyProject;
            c.indicators.addAll(indicators);
            return c;
        }

        Project build() {
            return new Project(id, code, name, unitCode, type, keyProject, indicators);
        }
    }
}
