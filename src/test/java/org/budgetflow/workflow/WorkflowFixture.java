package org.budgetflow.workflow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.budgetflow.budget.Budget;
import org.budgetflow.identity.CurrentUser;
import org.budgetflow.identity.CurrentUsers;
import org.budgetflow.identity.Groups;
import org.budgetflow.workflow.process.ApplyCongressDecision;
import org.budgetflow.workflow.process.ApprovalReminderListener;
import org.budgetflow.workflow.process.CheckCongressReadiness;
import org.budgetflow.workflow.process.CongressApprovalListener;
import org.budgetflow.workflow.process.DeadlineReminders;
import org.budgetflow.workflow.process.DraftBudgetListener;
import org.budgetflow.workflow.process.FinanceReviewListener;
import org.budgetflow.workflow.process.OpenCycle;
import org.budgetflow.workflow.process.OverdueIncidents;
import org.budgetflow.workflow.process.PerformanceAuditListener;
import org.budgetflow.workflow.process.PrepareCongressReview;
import org.budgetflow.workflow.process.PrepareDepartment;
import org.budgetflow.workflow.process.PublicationReminderListener;
import org.budgetflow.workflow.process.PublishDisclosure;
import org.budgetflow.workflow.process.PrepareCongressBook;
import org.budgetflow.workflow.process.AttachCongressBook;
import org.budgetflow.workflow.process.RaiseApprovalIncident;
import org.budgetflow.workflow.process.RaisePublicationIncident;
import org.budgetflow.workflow.process.RecordApproval;
import org.budgetflow.workflow.process.ReportReady;
import org.budgetflow.workflow.process.ValidateDraft;
import org.budgetflow.workflow.service.BudgetService;
import org.budgetflow.workflow.service.CycleService;
import org.budgetflow.workflow.service.DepartmentNames;
import org.budgetflow.workflow.service.DraftChecker;
import org.budgetflow.workflow.service.DraftStatus;
import org.budgetflow.workflow.service.LegalClock;
import org.budgetflow.workflow.service.DisclosureArchive;
import org.budgetflow.workflow.store.ApprovalStore;
import org.budgetflow.workflow.store.BudgetVersionStore;
import org.budgetflow.workflow.store.CycleStore;
import org.budgetflow.workflow.store.DecisionStore;
import org.budgetflow.workflow.store.PublicationFileStore;
import org.budgetflow.workflow.store.PublicationStore;
import org.budgetflow.workflow.store.CongressBookStore;
import org.budgetflow.workflow.support.WorkflowClock;
import org.budgetflow.workflow.support.WorkflowSettings;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringTransactionsProcessEngineConfiguration;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The workflow on a real engine and a real database, without Spring Boot: an in-memory H2 database migrated by
 * Flyway, the engine on Spring-managed transactions (as in the application, so the delegates' SQL runs in the
 * engine's transaction), no job executor, and every delegate and listener wired by hand under its bean name.
 */
public final class WorkflowFixture {
    public static final CurrentUser FINANCE = new CurrentUser("finance", Set.of(Groups.FINANCE));
    public static final CurrentUser PERFORMANCE = new CurrentUser("performance", Set.of(Groups.PERFORMANCE));
    public static final CurrentUser CONGRESS = new CurrentUser("congress", Set.of(Groups.CONGRESS));
    public static final CurrentUser ADMIN = new CurrentUser("admin", Set.of(Groups.ADMIN));

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final DataSourceTransactionManager transactions;
    private final ProcessEngineConfigurationImpl configuration;
    private final Map<Object, Object> beans = new HashMap<>();
    private final FlakyPublisher publisher;

    final WorkflowSettings settings = WorkflowSettings.defaults();
    final WorkflowClock clock = new WorkflowClock(settings);
    final CycleStore cycles;
    final BudgetVersionStore versions;
    final DecisionStore decisions;
    final ApprovalStore approvals;
    final PublicationStore publications;
    final CongressBookStore books;
    final PublicationFileStore publicationFiles;
    /** The departments registered in the directory (the identity module's, a table here). */
    final Map<String, String> registered = new HashMap<>(Map.of(
            "310", "洛阳市西工区社区治理和服务创新办公室", "311", "洛阳市西工区医疗保障局"));
    final DepartmentNames names;

    public WorkflowFixture() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:workflow-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        dataSource = h2;
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(dataSource);
        transactions = new DataSourceTransactionManager(dataSource);
        cycles = new CycleStore(jdbc);
        versions = new BudgetVersionStore(jdbc);
        decisions = new DecisionStore(jdbc);
        approvals = new ApprovalStore(jdbc);
        publications = new PublicationStore(jdbc);
        books = new CongressBookStore(jdbc);
        publicationFiles = new PublicationFileStore(jdbc);
        names = new DepartmentNames(versions, code -> java.util.Optional.ofNullable(registered.get(code)));
        publisher = new FlakyPublisher(new DisclosureArchive(versions, publications, publicationFiles, clock));
        wireDelegates();
        SpringTransactionsProcessEngineConfiguration config = new SpringTransactionsProcessEngineConfiguration();
        config.setProcessEngineName("workflow-test-" + UUID.randomUUID());
        config.setDataSource(dataSource);
        config.setTransactionManager(transactions);
        config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        config.setJobExecutorActivate(false);
        config.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        config.setBeans(beans);
        config.getProcessEnginePlugins().add(new SpinProcessEnginePlugin());
        ProcessCoverageConfigurator.initializeProcessCoverageExtensions(config);
        configuration = config;
    }

    private void wireDelegates() {
        LegalClock legalClock = new LegalClock(clock);
        DraftStatus status = new DraftStatus(versions, clock);
        DraftChecker checker = new DraftChecker();
        DeadlineReminders reminders = new DeadlineReminders(decisions, clock);
        OverdueIncidents incidents = new OverdueIncidents(decisions, clock);
        beans.put("openCycle", new OpenCycle(cycles));
        beans.put("checkCongressReadiness", new CheckCongressReadiness(cycles));
        beans.put("prepareCongressReview", new PrepareCongressReview(cycles, versions, decisions, names, clock));
        beans.put("prepareCongressBook", new PrepareCongressBook(cycles, versions, books, clock));
        beans.put("attachCongressBook", new AttachCongressBook(books));
        beans.put("congressApprovalListener", new CongressApprovalListener(cycles, decisions, clock));
        beans.put("applyCongressDecision", new ApplyCongressDecision(cycles, legalClock, clock));
        beans.put("prepareDepartment", new PrepareDepartment(cycles, names, status, settings));
        beans.put("draftBudgetListener", new DraftBudgetListener(cycles, versions, decisions, clock));
        beans.put("validateDraft", new ValidateDraft(cycles, versions, decisions, checker, status, clock));
        beans.put("financeReviewListener", new FinanceReviewListener(cycles, decisions, clock));
        beans.put("performanceAuditListener", new PerformanceAuditListener(cycles, decisions, status, clock));
        beans.put("reportReady", new ReportReady(cycles, clock));
        beans.put("recordApproval", new RecordApproval(cycles, approvals, versions, decisions, legalClock, clock,
                settings));
        beans.put("publishDisclosure", new PublishDisclosure(approvals, versions, cycles, decisions, publisher, clock, event -> { }));
        beans.put("approvalReminderListener", new ApprovalReminderListener(reminders));
        beans.put("publicationReminderListener", new PublicationReminderListener(reminders));
        beans.put("raiseApprovalIncident", new RaiseApprovalIncident(incidents));
        beans.put("raisePublicationIncident", new RaisePublicationIncident(incidents));
    }

    public ProcessEngineConfigurationImpl configuration() {
        return configuration;
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    public FlakyPublisher publisher() {
        return publisher;
    }

    /** The application's use cases on the given engine, as the API calls them. */
    public CycleService cycleService(ProcessEngine engine) {
        return new CycleService(cycles, decisions, approvals, publications, names,
                new LegalClock(clock), engine.getRuntimeService(), new CurrentUsers(engine.getIdentityService()),
                clock, transactions);
    }

    public BudgetService budgetService(ProcessEngine engine) {
        return new BudgetService(cycles, versions, decisions, new DraftChecker(), new DraftStatus(versions, clock),
                engine.getRuntimeService(), new CurrentUsers(engine.getIdentityService()), clock, transactions);
    }

    /** Empties the application's tables (the engine's deployments are removed by the extension after each test). */
    public void clearTables() {
        for (String table : List.of("bf_congress_book_file", "bf_publication_file", "bf_publication", "bf_approval", "bf_decision", "bf_finding", "bf_budget_version",
                "bf_cycle_department", "bf_cycle")) {
            jdbc.sql("delete from " + table).update();
        }
        publisher.failures.set(0);
    }

    /** A department's staff. */
    public static CurrentUser departmentUser(String code) {
        return new CurrentUser("dept" + code, Set.of(Groups.department(code)));
    }

    /** The recording publisher, made to fail a given number of times first (a portal that is down). */
    public static final class FlakyPublisher implements DisclosurePublisher {
        private final DisclosurePublisher delegate;
        final AtomicInteger failures = new AtomicInteger();

        FlakyPublisher(DisclosurePublisher delegate) {
            this.delegate = delegate;
        }

        public void failNext(int times) {
            failures.set(times);
        }

        @Override
        public Publication publish(int year, String departmentCode, int version, Budget budget,
                                   String correctionReason) {
            if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new IllegalStateException("门户网站暂时不可用");
            }
            return delegate.publish(year, departmentCode, version, budget, correctionReason);
        }
    }
}
