package org.budgetflow.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.budgetflow.budget.Budget;
import org.budgetflow.budget.FundSource;
import org.budgetflow.budget.ProjectType;
import org.budgetflow.budget.interchange.BudgetJsonWriter;

/**
 * Synthetic budgets for the renderer and {@code disclose} tests (built with {@link DisclosureBudgets}; no real
 * figures): a department with two units, one with government-fund and carried-over money, one with and one without
 * 三公 spending, and one whose project has a given name (for quoting and formula-injection cases).
 */
public final class RenderBudgets {
    private static final JsonMapper MAPPER = new JsonMapper();
    private RenderBudgets() {
    }

    /** 510 测试局 with units 510001 (100.00) and 510002 (40.00 一般公共预算 + 10.00 事业收入 + 5.00 carried over). */
    public static Budget twoUnits() {
        return DisclosureBudgets.budget()
                .unit("510001", "测试局机关")
                .unit("510002", "测试局服务中心")
                .income("510001", FundSource.GENERAL_PUBLIC_BUDGET, "100.00")
                .income("510002", FundSource.GENERAL_PUBLIC_BUDGET, "40.00")
                .income("510002", FundSource.BUSINESS_INCOME, "10.00")
                .carriedOverIncome("510002", FundSource.UNIT_FUNDS, "5.00")
                .project("P1", "机关运转项目", "510001", ProjectType.OTHER_OPERATING)
                .project("P2", "服务中心专项", "510002", ProjectType.SPECIFIC_PURPOSE)
                .line("510001", "2010301", "30101", "50101", "70.00").add()
                .line("510001", "2010301", "30201", "50201", "10.00").publicOffice().add()
                .line("510001", "2010302", "30227", "50205", "20.00")
                .forProject("P1", ProjectType.OTHER_OPERATING).add()
                .line("510002", "2010350", "30101", "50501", "30.00").add()
                .line("510002", "2010350", "30227", "50502", "10.00")
                .forProject("P2", ProjectType.SPECIFIC_PURPOSE).add()
                .line("510002", "2010350", "30201", "50502", "10.00").publicOffice()
                .source(FundSource.BUSINESS_INCOME).add()
                .line("510002", "2010350", "30227", "50502", "5.00").source(FundSource.UNIT_FUNDS).carriedOver()
                .forProject("P2", ProjectType.SPECIFIC_PURPOSE).add()
                .build();
    }

    /**
     * One unit with 一般公共预算 80.00 (+ 20.00 carried over) and 政府性基金 340.00 (300.00 spent, 40.00 carried forward
     * to next year) + 60.00 carried over from last year; no 三公 and no 国有资本经营 money. Balanced by unit and source
     * (B1).
     */
    public static Budget fundAndCarryOver() {
        return DisclosureBudgets.singleUnit()
                .income("510001", FundSource.GENERAL_PUBLIC_BUDGET, "80.00")
                .carriedOverIncome("510001", FundSource.GENERAL_PUBLIC_BUDGET, "20.00")
                .income("510001", FundSource.GOVERNMENT_FUND, "340.00")
                .carriedOverIncome("510001", FundSource.GOVERNMENT_FUND, "60.00")
                .carryForward("510001", FundSource.GOVERNMENT_FUND, "40.00")
                .project("A", "日常运转项目", "510001", ProjectType.OTHER_OPERATING)
                .project("B", "结转设施项目", "510001", ProjectType.SPECIFIC_PURPOSE)
                .project("C", "基金建设项目", "510001", ProjectType.SPECIFIC_PURPOSE)
                .line("510001", "2120101", "30101", "50101", "50.00").add()
                .line("510001", "2120101", "30201", "50201", "10.00").publicOffice().add()
                .line("510001", "2120101", "30227", "50205", "20.00")
                .forProject("A", ProjectType.OTHER_OPERATING).add()
                .line("510001", "2120399", "30999", "50499", "20.00").carriedOver()
                .forProject("B", ProjectType.SPECIFIC_PURPOSE).add()
                .line("510001", "2120803", "30905", "50402", "300.00").source(FundSource.GOVERNMENT_FUND)
                .forProject("C", ProjectType.SPECIFIC_PURPOSE).add()
                .line("510001", "2120803", "30905", "50402", "60.00").source(FundSource.GOVERNMENT_FUND)
                .carriedOver().forProject("C", ProjectType.SPECIFIC_PURPOSE).add()
                .build();
    }

    /** One unit, basic spending only, none of it 三公: table 08 is empty. */
    public static Budget noThreePublic() {
        return DisclosureBudgets.singleUnit()
                .income("510001", FundSource.GENERAL_PUBLIC_BUDGET, "60.00")
                .line("510001", "2010301", "30101", "50101", "50.00").add()
                .line("510001", "2010301", "30211", "50201", "10.00").publicOffice().add()
                .priorThreePublic("0.00", "0.00", "0.00", "0.00")
                .build();
    }

    /** One unit with 因公出国（境）费 2.00 and 公务接待费 3.00: table 08 has figures. */
    public static Budget withThreePublic() {
        return DisclosureBudgets.singleUnit()
                .income("510001", FundSource.GENERAL_PUBLIC_BUDGET, "65.00")
                .line("510001", "2010301", "30101", "50101", "60.00").add()
                .line("510001", "2010301", "30212", "50207", "2.00").publicOffice().add()
                .line("510001", "2010301", "30217", "50206", "3.00").publicOffice().add()
                .build();
    }

    /** One unit with one 特定目标类 project of the given name (12.50). */
    public static Budget projectNamed(String name) {
        return DisclosureBudgets.singleUnit()
                .income("510001", FundSource.GENERAL_PUBLIC_BUDGET, "62.50")
                .project("X", name, "510001", ProjectType.SPECIFIC_PURPOSE)
                .line("510001", "2010301", "30101", "50101", "50.00").add()
                .line("510001", "2010302", "30227", "50205", "12.50")
                .forProject("X", ProjectType.SPECIFIC_PURPOSE).add()
                .build();
    }

    /**
     * Writes a budget as budget-v1 JSON. Null members are left out: the builders' empty defaults (no assets, no prior
     * year) are written as nulls, which the schema does not accept in place of an absent member.
     */
    public static Path write(Budget budget, Path file) {
        try {
            JsonNode tree = MAPPER.readTree(new BudgetJsonWriter().toJson(budget));
            Files.write(file, MAPPER.writeValueAsBytes(withoutNulls(tree)));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode withoutNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> nulls = new ArrayList<>();
            object.fields().forEachRemaining(e -> {
                if (e.getValue().isNull()) {
                    nulls.add(e.getKey());
                } else {
                    withoutNulls(e.getValue());
                }
            });
            object.remove(nulls);
        } else if (node.isArray()) {
            node.forEach(RenderBudgets::withoutNulls);
        }
        return node;
    }
}
