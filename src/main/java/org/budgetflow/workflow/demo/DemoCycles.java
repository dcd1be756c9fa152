package org.budgetflow.workflow.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.budgetflow.budget.Budget;
import org.budgetflow.budget.interchange.BudgetJsonReader;
import org.budgetflow.budget.interchange.BudgetJsonWriter;
import org.budgetflow.district.BundledDistrict;
import org.budgetflow.identity.CurrentUser;
import org.budgetflow.identity.Groups;
import org.budgetflow.workflow.service.BudgetService;
import org.budgetflow.workflow.service.CycleService;
import org.budgetflow.workflow.store.CycleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo data for a newcomer (demo profile, {@code budgetflow.demo.cycles=true}, set by {@code ./mvnw spring-boot:run}):
 * opens the 2023 cycle for department 310 with the worked example uploaded as its first draft, and the 2024 cycle
 * for the demo district (the departments of the 2024 performance-target book, synthetic lines) with each
 * department's budget uploaded — so Tasklist, Cockpit and the API show work at once. Idempotent: a year whose cycle
 * exists is left alone.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "budgetflow.demo.cycles", havingValue = "true")
@Order(1_000)
public class DemoCycles implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoCycles.class);
    private static final CurrentUser FINANCE = new CurrentUser("finance", Set.of(Groups.FINANCE));

    private final CycleService cycles;
    private final BudgetService budgets;
    private final CycleStore store;

    public DemoCycles(CycleService cycles, BudgetService budgets, CycleStore store) {
        this.cycles = cycles;
        this.budgets = budgets;
        this.store = store;
    }

    @Override
    public void run(ApplicationArguments args) {
        open(2023, List.of(workedExample()));
        open(2024, BundledDistrict.budgets());
    }

    private void open(int year, List<Budget> drafts) {
        if (store.cycle(year).isPresent()) {
            return;
        }
        List<String> codes = drafts.stream().map(b -> b.department().code()).toList();
        cycles.open(new CycleService.OpenRequest(year, codes, Map.of(), null), FINANCE);
        BudgetJsonWriter writer = new BudgetJsonWriter();
        for (Budget draft : drafts) {
            String code = draft.department().code();
            budgets.upload(year, code, writer.toJson(draft).getBytes(StandardCharsets.UTF_8),
                    new CurrentUser(Groups.department(code), Set.of(Groups.department(code))));
        }
        log.info("Demo: opened the {} cycle for {} departments with their drafts uploaded", year, codes.size());
    }

    private static Budget workedExample() {
        try (InputStream in = DemoCycles.class.getResourceAsStream("/demo/xigong-community-2023.json")) {
            return new BudgetJsonReader().read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
