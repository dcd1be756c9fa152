package org.budgetflow.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.budgetflow.budget.Budget;
import org.budgetflow.budget.interchange.BudgetJsonReader;
import org.budgetflow.classification.ClassificationCatalog;
import org.budgetflow.workbook.WorkbookWriter;

/**
 * {@code workbook BUDGET.json --out FILE.xlsx}: writes a budget-v1 document as the drafting workbook; with
 * {@code --year Y --department CODE --name NAME} instead of a document, writes the empty template.
 */
final class WorkbookCommand implements Command {

    @Override
    public String name() {
        return "workbook";
    }

    @Override
    public String usage() {
        return "workbook BUDGET.json --out FILE.xlsx   生成预算编制工作簿（Excel）；"
                + "空白模板：workbook --year 年度 --department 部门代码 --name 部门名称 --out FILE.xlsx";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Arguments arguments = new Arguments(args, Set.of("out", "year", "department", "name"));
        Path target = Path.of(arguments.requiredOption("out"));
        WorkbookWriter writer = new WorkbookWriter(ClassificationCatalog.loadDefault());
        String year = arguments.option("year", null);
        byte[] workbook;
        String what;
        if (year != null) {
            if (!year.matches("[0-9]{4}")) {
                throw new UsageException("--year 应为四位年份，实际为 " + year);
            }
            String department = arguments.requiredOption("department");
            String name = arguments.requiredOption("name");
            workbook = writer.template(Integer.parseInt(year), department, name);
            what = year + " 年空白模板（" + department + " " + name + "）";
        } else {
            Path source = Path.of(arguments.single("预算文件"));
            Budget budget = new BudgetJsonReader().read(source);
            workbook = writer.write(budget);
            what = budget.department().name() + " " + budget.year() + " 年部门预算（支出明细 "
                    + budget.lines().size() + " 条，项目 " + budget.projects().size() + " 个）";
        }
        try {
            Files.write(target, workbook);
        } catch (IOException e) {
            throw new InputException("无法写入 " + target + "：" + e.getMessage());
        }
        out.println("已生成预算编制工作簿：" + what + " → " + target);
        return Cli.OK;
    }
}
