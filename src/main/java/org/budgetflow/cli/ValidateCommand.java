package org.budgetflow.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.budgetflow.budget.Budget;
import org.budgetflow.budget.interchange.BudgetJsonReader;
import org.budgetflow.validation.BudgetValidator;
import org.budgetflow.validation.StandardRules;
import org.budgetflow.validation.ValidationReport;

/** {@code validate BUDGET.json [--format json]}: checks a budget-v1 document with every budget rule. */
final class ValidateCommand implements Command {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String usage() {
        return "validate BUDGET.json [--format json]   校验部门预算（budget-v1）";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Arguments arguments = new Arguments(args, Set.of("format"));
        Path file = Path.of(arguments.single("预算文件"));
        String format = Formats.check(arguments.option("format", "text"));
        Budget budget = new BudgetJsonReader().read(file);
        BudgetValidator validator = StandardRules.validator();
        ValidationReport report = validator.validate(budget);
        String heading = "预算校验：" + budget.department().name() + " " + budget.year() + " 年部门预算（" + file + "）";
        FindingsReport.print(report, format, heading, out);
        return report.hasErrors() ? 1 : 0;
    }
}
