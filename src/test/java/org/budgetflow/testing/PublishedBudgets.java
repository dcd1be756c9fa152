package org.budgetflow.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;

import org.budgetflow.budget.Budget;
import org.budgetflow.budget.FundSource;
import org.budgetflow.budget.ProjectType;
import org.budgetflow.budget.interchange.BudgetJsonReader;
import org.budgetflow.budget.interchange.BudgetJsonWriter;
import org.budgetflow.workflow.DisclosurePublished;
import org.budgetflow.workflow.PublishedDisclosures;
import org.budgetflow.workflow.service.DisclosureArchive;
import org.budgetflow.workflow.store.BudgetVersion;
import org.budgetflow.workflow.store.BudgetVersionStore;
import org.budgetflow.workflow.store.CycleStore;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Published budgets for the portal tests, recorded directly through the workflow's stores (no process): a cycle and
 * the department in {@code bf_cycle}/{@code bf_cycle_department}, a frozen {@code bf_budget_version}, then
 * {@link DisclosureArchive#publish} and the {@link DisclosurePublished} event, in one transaction as the
 * publication task does. Budgets: the worked example (2023, 310) and {@link #hostile} names.
 */
public final class PublishedBudgets {
    public static final int YEAR = 2023;
    public static final String WORKED_EXAMPLE = "310";
    public static final String SCRIPT = "<script>alert(1)</script>";
    public static final String FORMULA = "=HYPERLINK(\"http://x\",\"y\")";
    /** The department of {@link #hostile}: not registered, so its name comes from its budget. */
    public static final String HOSTILE = "990";
    public static final String HOSTILE_NAME = SCRIPT + "社区办";

    private final CycleStore cycles;
    private final BudgetVersionStore versions;
    private final DisclosureArchive archive;
    private final PublishedDisclosures published;
    private final ApplicationContext context;
    private final TransactionTemplate transaction;

    public PublishedBudgets(ApplicationContext context) {
        this.context = context;
        this.cycles = context.getBean(CycleStore.class);
        this.versions = context.getBean(BudgetVersionStore.class);
        this.archive = context.getBean(DisclosureArchive.class);
        this.published = context.getBean(PublishedDisclosures.class);
        this.transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
    }

    /** Publishes the worked example as 2023-310 unless it is published. */
    public void workedExample() {
        if (published.find(YEAR, WORKED_EXAMPLE).isEmpty()) {
            publish(YEAR, WORKED_EXAMPLE, workedExampleBudget(), null);
        }
    }

    /** Publishes {@link #hostile} as 2023-990 unless it is published. */
    public void hostileNames() {
        if (published.find(YEAR, HOSTILE).isEmpty()) {
            publish(YEAR, HOSTILE, hostile(YEAR, HOSTILE), null);
        }
    }

    /**
     * Records a new frozen version of the department's budget and publishes it (a correction when the department
     * was published before: give the reason). Returns the version number.
     */
    public int publish(int year, String code, Budget budget, String correctionReason) {
        Integer version = transaction.execute(status -> {
            BudgetVersion stored = addVersion(year, code, budget);
            versions.freeze(year, code, stored.version());
            archive.publish(year, code, stored.version(), budget, correctionReason);
            context.publishEvent(new DisclosurePublished(year, code, stored.version()));
            return stored.version();
        });
        return version;
    }

    /** Records a draft version (not frozen, not published) of the department's budget. */
    public int draft(int year, String code, Budget budget) {
        Integer version = transaction.execute(status -> addVersion(year, code, budget).version());
        return version;
    }

    private BudgetVersion addVersion(int year, String code, Budget budget) {
        Instant now = Instant.now();
        if (cycles.cycle(year).isEmpty()) {
            cycles.insertCycle(year, LocalDate.of(year, 1, 15), "finance", now);
        }
        if (cycles.department(year, code).isEmpty()) {
            cycles.insertDepartment(year, code, null, now);
        }
        return versions.add(year, code, new BudgetJsonWriter().toJson(budget), "dept" + code, now);
    }

    public static Budget workedExampleBudget() {
        try {
            return new BudgetJsonReader().read(SharedExamples.workedExampleBudget());
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot read the worked example", e);
        }
    }

    public static String workedExampleDocument() {
        try {
            return Files.readString(SharedExamples.workedExampleBudget());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A synthetic department whose department, unit and project names are markup or a spreadsheet formula:
     * department {@link #HOSTILE_NAME}, unit {@link #FORMULA}, projects {@code SCRIPT + "项目"} (12.50) and
     * {@link #FORMULA} (7.50); 三公: 因公出国（境）费 2.00, 公务接待费 3.00; prior year 100.00 (一般公共预算 100.00).
     */
    public static Budget hostile(int year, String code) {
        String unit = code + "001";
        return DisclosureBudgets.budget().year(year).department(code, HOSTILE_NAME)
                .unit(unit, FORMULA)
                .income(unit, FundSource.GENERAL_PUBLIC_BUDGET, "85.00")
                .project("P1", SCRIPT + "项目", unit, ProjectType.SPECIFIC_PURPOSE)
                .project("P2", FORMULA, unit, ProjectType.SPECIFIC_PURPOSE)
                .line(unit, "2010301", "30101", "50101", "60.00").add()
                .line(unit, "2010301", "30212", "50207", "2.00").publicOffice().add()
                .line(unit, "2010301", "30217", "50206", "3.00").publicOffice().add()
                .line(unit, "2010302", "30227", "50205", "12.50").forProject("P1", ProjectType.SPECIFIC_PURPOSE).add()
                .line(unit, "2010302", "30227", "50205", "7.50").forProject("P2", ProjectType.SPECIFIC_PURPOSE).add()
                .priorYear("100.00", "100.00", "0.00", "0.00")
                .priorThreePublic("1.00", "2.00", "0.00", "0.00")
                .build();
    }

    /** A small budget of department {@code code} named {@code name} with 三公 spending (for corrections). */
    public static Budget small(int year, String code, String name, String salaries) {
        String unit = code + "001";
        java.math.BigDecimal income = new java.math.BigDecimal(salaries).add(new java.math.BigDecimal("5.00"));
        return DisclosureBudgets.budget().year(year).department(code, name)
                .unit(unit, name + "机关")
                .income(unit, FundSource.GENERAL_PUBLIC_BUDGET, income.toPlainString())
                .line(unit, "2010301", "30101", "50101", salaries).add()
                .line(unit, "2010301", "30212", "50207", "2.00").publicOffice().add()
                .line(unit, "2010301", "30217", "50206", "3.00").publicOffice().add()
                .build();
    }
}
