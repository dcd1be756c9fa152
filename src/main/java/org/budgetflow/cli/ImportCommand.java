package org.budgetflow.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.budgetflow.budget.Budget;
import org.budgetflow.budget.interchange.BudgetJsonWriter;
import org.budgetflow.classification.ClassificationCatalog;
import org.budgetflow.workbook.WorkbookFormatException;
import org.budgetflow.workbook.WorkbookReader;

/**
 * {@code import FILE.xlsx --out BUDGET.json}: converts a filled drafting workbook to a budget-v1 document. Only
 * converts; the budget is checked with {@code validate}. A workbook that cannot be read gives one line on stderr
 * naming the first error's sheet, row and column and the count of further errors (exit 2); nothing is written.
 */
final class ImportCommand implements Command {

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "import FILE.xlsx --out BUDGET.json     导入预算编制工作簿，转换为 budget-v1";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Arguments arguments = new Arguments(args, Set.of("out"));
        Path source = Path.of(arguments.single("工作簿文件"));
        Path target = Path.of(arguments.requiredOption("out"));
        Budget budget;
        try {
            budget = new WorkbookReader(ClassificationCatalog.loadDefault()).read(source);
        } catch (WorkbookFormatException e) {
            throw new InputException("无法导入工作簿 " + source + "：" + e.firstErrorLine());
        }
        try (OutputStream json = Files.newOutputStream(target)) {
            new BudgetJsonWriter().write(budget, json);
        } catch (IOException e) {
            throw new InputException("无法写入 " + target + "：" + e.getMessage());
        }
        out.println("已导入：" + budget.department().name() + " " + budget.year() + " 年部门预算（单位 "
                + budget.units().size() + " 个，支出明细 " + budget.lines().size() + " 条，项目 "
                + budget.projects().size() + " 个）→ " + target);
        out.println("提示：请运行 java -jar budgetflow.jar validate " + target + " 校验预算。");
        return Cli.OK;
    }
}
