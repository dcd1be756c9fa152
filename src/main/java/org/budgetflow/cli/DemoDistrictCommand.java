package org.budgetflow.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.budgetflow.budget.Amounts;
import org.budgetflow.district.BookFindingFormat;
import org.budgetflow.district.BookFormatException;
import org.budgetflow.district.BookRule;
import org.budgetflow.district.DemoDistrict;
import org.budgetflow.district.DistrictGenerator;
import org.budgetflow.district.DistrictWriter;
import org.budgetflow.district.PerformanceBook;
import org.budgetflow.district.PerformanceBookReader;
import org.budgetflow.validation.Finding;
import org.budgetflow.validation.Severity;

/**
 * {@code demo-district --out DIR [--book DIR] [--year 2024]}: generates the demo district from the data of a
 * performance-target book, one budget-v1 document per department plus {@code index.json} and
 * {@code book-findings.json}, and prints a summary with the book's findings. Exit 0 when written (the findings are
 * the book's, not the output's), 2 when the book cannot be read.
 */
final class DemoDistrictCommand implements Command {
    static final String DEFAULT_BOOK = "../shared/examples/xigong-2024-performance-book";
    static final String DEFAULT_YEAR = "2024";

    @Override
    public String name() {
        return "demo-district";
    }

    @Override
    public String usage() {
        return "demo-district --out DIR [--book DIR] [--year 2024]  由绩效目标表生成演示区县的部门预算";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Arguments arguments = new Arguments(args, Set.of("out", "book", "year"));
        Path outDir = Path.of(arguments.requiredOption("out"));
        Path bookDir = Path.of(arguments.option("book", DEFAULT_BOOK));
        int year = year(arguments.option("year", DEFAULT_YEAR));
        PerformanceBook book;
        try {
            book = new PerformanceBookReader().read(bookDir, year);
        } catch (BookFormatException e) {
            throw new InputException("无法读取绩效目标表数据：" + e.getMessage());
        }
        long started = System.nanoTime();
        DemoDistrict district = DistrictGenerator.standard().generate(book);
        long millis = (System.nanoTime() - started) / 1_000_000;
        List<Path> files;
        try {
            files = new DistrictWriter().write(district, outDir);
        } catch (UncheckedIOException e) {
            throw new InputException("无法写入 " + outDir + "：" + e.getCause().getMessage());
        }
        print(district, bookDir, outDir, files.size(), millis, out);
        return Cli.OK;
    }

    private static int year(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new UsageException("--year 应为年份，实际为 " + text);
        }
    }

    private static void print(DemoDistrict d, Path bookDir, Path outDir, int files, long millis, PrintStream out) {
        var f = d.findings();
        out.println("演示区县 " + d.year() + " 年部门预算（数据：" + bookDir + "）");
        out.println("部门 " + d.budgets().size() + " 个（其中有部门整体绩效目标表的 " + d.withOverallTable() + " 个），项目 "
                + d.projectCount() + " 个");
        out.println("合计 " + Amounts.format(d.total()) + " 万元：基本支出 " + Amounts.format(d.basic()) + " 万元，项目支出 "
                + Amounts.format(d.project()) + " 万元");
        out.println("未归属部门的项目 " + f.unattributedProjects().size() + " 个，合计 "
                + BookFindingFormat.yuan(f.unattributedYuan()) + "；非预算部门（财政专户等）的项目 "
                + f.pseudoDepartmentProjects().size() + " 个，合计 " + BookFindingFormat.yuan(f.pseudoDepartmentYuan()));
        out.println("已写入 " + files + " 个文件到 " + outDir + "（生成用时 " + millis + " 毫秒）");
        out.println();
        out.println("绩效目标表本身的问题 " + f.all().size() + " 项：错误 " + f.count(Severity.ERROR) + " 项，警告 "
                + f.count(Severity.WARNING) + " 项");
        for (BookRule rule : BookRule.values()) {
            int n = f.byRule(rule).size();
            if (n > 0) {
                out.println("  " + rule.name() + " " + rule.title() + "：" + n + " 项");
            }
        }
        out.println();
        for (Finding finding : f.all()) {
            out.println("[" + finding.severity().label() + "] " + finding.rule() + " " + finding.message());
            out.println("        位置：" + finding.location());
        }
    }
}
