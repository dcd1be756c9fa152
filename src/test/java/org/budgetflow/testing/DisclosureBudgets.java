package org.budgetflow.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

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

/**
 * Builds synthetic budgets in code for the disclosure tests. Defaults: year 2024, department 510 测试局, no units
 * until added; a line is current-year 一般公共预算 财政拨款 人员经费 unless told otherwise.
 */
public final class DisclosureBudgets {
    private int year = 2024;
    private String deptCode = "510";
    private String deptName = "测试局";
    private String printedName;
    private final List<BudgetUnit> units = new ArrayList<>();
    private final List<Funding> income = new ArrayList<>();
    private final List<Funding> carryForward = new ArrayList<>();
    private final List<LineSpec> lines = new ArrayList<>();
    private final List<Project> projects = new ArrayList<>();
    private PriorYear priorYear = PriorYear.EMPTY;
    private ChangeReasons changeReasons = ChangeReasons.EMPTY;
    private Procurement procurement = Procurement.EMPTY;
    private Assets assets = Assets.EMPTY;
    private final List<SpecialTransferPayment> specialTransfers = new ArrayList<>();

    private DisclosureBudgets() {
    }

    public static DisclosureBudgets budget() {
        return new DisclosureBudgets();
    }

    /** A department 510 测试局 with one administrative unit 510001. */
    public static DisclosureBudgets singleUnit() {
        return budget().unit("510001", "测试局机关");
    }

    public static BigDecimal amount(String value) {
        return new BigDecimal(value);
    }

    public DisclosureBudgets year(int value) {
        this.year = value;
        return this;
    }

    public DisclosureBudgets department(String code, String name) {
        this.deptCode = code;
        this.deptName = name;
        return this;
    }

    public DisclosureBudgets printedName(String value) {
        this.printedName = value;
        return this;
    }

    public DisclosureBudgets unit(String code, String name) {
        units.add(new BudgetUnit(code, name, UnitKind.ADMINISTRATIVE));
        return this;
    }

    public DisclosureBudgets income(String unit, FundSource source, String value) {
        income.add(new Funding(unit, source, false, true, amount(value)));
        return this;
    }

    /** 一般公共预算 income that is not 财政拨款. */
    public DisclosureBudgets nonAppropriationIncome(String unit, String value) {
        income.add(new Funding(unit, FundSource.GENERAL_PUBLIC_BUDGET, false, false, amount(value)));
        return this;
    }

    public DisclosureBudgets carriedOverIncome(String unit, FundSource source, String value) {
        income.add(new Funding(unit, source, true, true, amount(value)));
        return this;
    }

    public DisclosureBudgets carryForward(String unit, FundSource source, String value) {
        carryForward.add(new Funding(unit, source, false, true, amount(value)));
        return this;
    }

    public DisclosureBudgets project(String id, String name, String unit, ProjectType type) {
        return project(id, name, unit, type, false);
    }

    public DisclosureBudgets project(String id, String name, String unit, ProjectType type, boolean key) {
        projects.add(new Project(id, id, name, unit, type, key, List.of(
                new Indicator(IndicatorCategory.COST, null, "总成本", "≤10万元"),
                new Indicator(IndicatorCategory.SATISFACTION, null, "服务对象满意度", "≥90%"))));
        return this;
    }

    /** Starts a line; finish it with {@link LineSpec#add()}. */
    public LineSpec line(String unit, String functionCode, String deptEcon, String govEcon, String value) {
        return new LineSpec(this, unit, functionCode, deptEcon, govEcon, amount(value));
    }

    public DisclosureBudgets priorYear(String total, String gpb, String fund, String capital) {
        this.priorYear = new PriorYear(year - 1, dec(total), dec(gpb), dec(fund), dec(capital),
                priorYear.threePublic());
        return this;
    }

    public DisclosureBudgets priorThreePublic(String abroad, String reception, String purchase, String operation) {
        this.priorYear = new PriorYear(year - 1, priorYear.total(), priorYear.generalPublicBudget(),
                priorYear.governmentFund(), priorYear.stateCapital(),
                new PriorYear.ThreePublic(dec(abroad), dec(reception), dec(purchase), dec(operation)));
        return this;
    }

    public DisclosureBudgets changeReasons(ChangeReasons value) {
        this.changeReasons = value;
        return this;
    }

    public DisclosureBudgets procurement(String goods, String works, String services) {
        this.procurement = new Procurement(dec(goods), dec(works), dec(services));
        return this;
    }

    public DisclosureBudgets assets(Assets value) {
        this.assets = value;
        return this;
    }

    public DisclosureBudgets specialTransfer(String name, String value) {
        specialTransfers.add(new SpecialTransferPayment(name, amount(value)));
        return this;
    }

    public Budget build() {
        List<Line> built = lines.stream().map(LineSpec::toLine).toList();
        return new Budget(year, new Department(deptCode, deptName, printedName, List.of(), null), units, income,
                carryForward, built, projects, DepartmentPerformance.EMPTY, priorYear, changeReasons, procurement,
                assets, specialTransfers);
    }

    private static BigDecimal dec(String value) {
        return value == null ? null : amount(value);
    }

    /** One line under construction. */
    public static final class LineSpec {
        private final DisclosureBudgets parent;
        private final String unit;
        private final String functionCode;
        private final String deptEcon;
        private final String govEcon;
        private final BigDecimal amount;
        private String functionName;
        private String deptEconName;
        private String govEconName;
        private FundSource source = FundSource.GENERAL_PUBLIC_BUDGET;
        private boolean carryOver;
        private boolean appropriation = true;
        private ExpenditureCategory category = ExpenditureCategory.PERSONNEL;
        private String projectId;

        private LineSpec(DisclosureBudgets parent, String unit, String functionCode, String deptEcon, String govEcon,
                         BigDecimal amount) {
            this.parent = parent;
            this.unit = unit;
            this.functionCode = functionCode;
            this.deptEcon = deptEcon;
            this.govEcon = govEcon;
            this.amount = amount;
        }

        public LineSpec names(String function, String dept, String gov) {
            this.functionName = function;
            this.deptEconName = dept;
            this.govEconName = gov;
            return this;
        }

        public LineSpec source(FundSource value) {
            this.source = value;
            return this;
        }

        public LineSpec carriedOver() {
            this.carryOver = true;
            return this;
        }

        public LineSpec notAppropriation() {
            this.appropriation = false;
            return this;
        }

        public LineSpec publicOffice() {
            this.category = ExpenditureCategory.PUBLIC_OFFICE;
            return this;
        }

        /** A project line; its category is the project's type. */
        public LineSpec forProject(String id, ProjectType type) {
            this.projectId = id;
            this.category = type.category();
            return this;
        }

        public DisclosureBudgets add() {
            parent.lines.add(this);
            return parent;
        }

        private Line toLine() {
            return new Line(unit, functionCode, functionName, deptEcon, deptEconName, govEcon, govEconName, source,
                    carryOver, appropriation, category, projectId, amount);
        }
    }
}
