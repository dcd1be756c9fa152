package org.budgetflow.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.budgetflow.budget.Budget;
import org.budgetflow.budget.interchange.BudgetJsonReader;
import org.budgetflow.classification.ClassificationCatalog;
import org.budgetflow.disclosure.CatalogCodeNames;
import org.budgetflow.disclosure.render.DisclosureFiles;
import org.budgetflow.disclosure.render.DisclosureRenderer;
import org.budgetflow.validation.Finding;
import org.budgetflow.validation.Severity;
import org.budgetflow.validation.StandardRules;
import org.budgetflow.validation.ValidationReport;

/**
 * {@code disclose BUDGET.json --out DIR}: writes a budget's disclosure — disclosure.json, disclosure.html,
 * disclosure.pdf, disclosure.xlsx, csv/ — into
 * DIR. The budget is validated first; the findings go to stderr (a summary line and each ERROR). A budget that
 * cannot be balanced by unit and source (B1) or whose lines name a missing project (B2) cannot be disclosed
 * correctly: exit 1 and nothing is written. Any other budget is rendered (exit 0, whatever else was found). An
 * unreadable budget or an unwritable DIR: exit 2, one line.
 */
final class DiscloseCommand implements Command {
    /** Rules whose ERROR findings stop the disclosure: the tables could not add up. */
    static final Set<String> BLOCKING_RULES = Set.of("B1", "B2");

    /** The renderers for a budget's disclosure; null: every published form (DisclosureFiles). */
    private final List<DisclosureRenderer> renderers;

    DiscloseCommand() {
        this.renderers = null;
    }

    DiscloseCommand(List<DisclosureRenderer> renderers) {
        this.renderers = List.copyOf(renderers);
    }

    @Override
    public String name() {
        return "disclose";
    }

    @Override
    public String usage() {
        return "disclose BUDGET.json --out DIR   生成部门预算公开文件（JSON、HTML、PDF、XLSX、CSV）";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Arguments arguments = new Arguments(args, Set.of("out"));
        Path file = Path.of(arguments.single("预算文件"));
        Path target = Path.of(arguments.requiredOption("out"));
        OutputFolder folder = new OutputFolder(target);
        folder.checkWritable();
        Budget budget = new BudgetJsonReader().read(file);

        ClassificationCatalog catalog = ClassificationCatalog.loadDefault();
        ValidationReport report = StandardRules.validator(catalog).validate(budget);
        printFindings(budget, report, err);
        List<Finding> blocking = report.findings().stream()
                .filter(f -> f.isError() && BLOCKING_RULES.contains(f.rule())).toList();
        if (!blocking.isEmpty()) {
            err.println("无法公开：预算不能按单位和资金来源平衡，或支出行指明的项目不存在（" + blocking.size()
                    + " 项，见上）；未写出任何文件。");
            return Cli.FINDINGS;
        }

        DisclosureFiles.Rendering rendering = new DisclosureFiles(new CatalogCodeNames(catalog)).prepare(budget);
        List<String> written;
        try {
            written = folder.write(rendering.disclosure(), renderers == null ? rendering.renderers() : renderers);
        } catch (IOException e) {
            err.println("无法写出公开文件：" + e.getClass().getSimpleName() + " " + e.getMessage());
            return Cli.UNREADABLE;
        }
        out.println("已生成 " + budget.department().name() + " " + budget.year() + " 年部门预算公开文件："
                + target + "（" + String.join("、", written) + "）");
        return Cli.OK;
    }

    private static void printFindings(Budget budget, ValidationReport report, PrintStream err) {
        err.println("预算校验：" + budget.department().name() + " " + budget.year() + " 年部门预算：错误 "
                + report.count(Severity.ERROR) + " 项，警告 " + report.count(Severity.WARNING) + " 项");
        for (Finding f : report.findings()) {
            if (f.isError()) {
                err.println("[" + f.severity().label() + "] " + f.rule() + " " + f.message()
                        + (f.location() == null || f.location().isEmpty() ? "" : "（位置：" + f.location() + "）"));
            }
        }
    }
}
