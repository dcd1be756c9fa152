package org.budgetflow.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.budgetflow.book.BookFiles;
import org.budgetflow.book.CongressBook;
import org.budgetflow.budget.Budget;
import org.budgetflow.budget.interchange.BudgetFormatException;
import org.budgetflow.budget.interchange.BudgetJsonReader;
import org.budgetflow.disclosure.model.Disclosure;
import org.budgetflow.disclosure.render.DisclosureRenderer;
import org.budgetflow.district.DistrictWriter;

/**
 * {@code book BUDGET_DIR --out DIR}: the congress review book (提交人代会审查的部门预算绩效目标表) of the budget-v1
 * documents in a folder — every {@code *.json} file, by name, except the {@code index.json} and
 * {@code book-findings.json} that {@code demo-district} writes beside them — as book.json, book.pdf and book.xlsx in
 * DIR. Exit 0 when written (the validator's findings are the book's content, for the reviewer); exit 2, one line and
 * nothing written, when a file cannot be read as budget-v1 (the message names it), the folder holds none, the
 * budgets are of different years or name the same department twice, or DIR cannot be written.
 */
final class BookCommand implements Command {
    /** The files demo-district writes beside the budgets; they are not budgets. */
    static final Set<String> COMPANION_FILES = Set.of(DistrictWriter.INDEX, DistrictWriter.FINDINGS);

    @Override
    public String name() {
        return "book";
    }

    @Override
    public String usage() {
        return "book BUDGET_DIR --out DIR       生成提交人代会审查的部门预算绩效目标表（JSON、PDF、XLSX）";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Arguments arguments = new Arguments(args, Set.of("out"));
        Path folder = Path.of(arguments.single("预算目录"));
        Path target = Path.of(arguments.requiredOption("out"));
        OutputFolder output = new OutputFolder(target);
        output.checkWritable();
        List<Budget> budgets = read(folder);
        int year = year(budgets);

        BookFiles files = BookFiles.standard();
        CongressBook book = files.book(year, budgets);
        Map<String, byte[]> rendered = files.render(book);
        List<DisclosureRenderer> writers = new ArrayList<>();
        rendered.forEach((name, bytes) -> writers.add(new BytesFile(name, bytes)));
        List<String> written;
        try {
            written = output.write(null, writers);
        } catch (IOException e) {
            err.println("无法写出绩效目标表文件：" + e.getClass().getSimpleName() + " " + e.getMessage());
            return Cli.UNREADABLE;
        }
        out.println("已生成 " + book.title() + "：部门 " + book.summary().departments() + " 个，项目 "
                + book.summary().projects() + " 个；审查提示：错误 " + book.summary().errors() + " 项，警告 "
                + book.summary().warnings() + " 项。文件：" + target + "（" + String.join("、", written) + "）");
        return Cli.OK;
    }

    private static List<Budget> read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new InputException("无法读取预算目录：" + folder + " 不存在或不是目录");
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.json")) {
            for (Path file : stream) {
                if (Files.isRegularFile(file) && !COMPANION_FILES.contains(file.getFileName().toString())) {
                    files.add(file);
                }
            }
        } catch (IOException e) {
            throw new InputException("无法读取预算目录 " + folder + "：" + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new InputException("预算目录 " + folder + " 中没有 budget-v1 预算文件（*.json）");
        }
        files.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        BudgetJsonReader reader = new BudgetJsonReader();
        List<Budget> budgets = new ArrayList<>();
        Map<String, String> fileByCode = new HashMap<>();
        for (Path file : files) {
            Budget budget;
            try {
                budget = reader.read(file);
            } catch (BudgetFormatException e) {
                throw new InputException("无法读取预算文件 " + file.getFileName() + "：" + e.getMessage()
                        + "；未生成绩效目标表");
            }
            String code = budget.department().code();
            String other = fileByCode.putIfAbsent(code, file.getFileName().toString());
            if (other != null) {
                throw new InputException("部门 " + code + " 同时出现在 " + other + " 和 " + file.getFileName()
                        + " 中；未生成绩效目标表");
            }
            budgets.add(budget);
        }
        return budgets;
    }

    private static int year(List<Budget> budgets) {
        int year = budgets.get(0).year();
        for (Budget b : budgets) {
            if (b.year() != year) {
                throw new InputException("预算年度不一致：部门 " + budgets.get(0).department().code() + " 为 " + year
                        + " 年，部门 " + b.department().code() + " 为 " + b.year() + " 年；未生成绩效目标表");
            }
        }
        return year;
    }

    /** One rendered file for {@link OutputFolder}, which writes renderers atomically; the disclosure is unused. */
    private record BytesFile(String fileName, byte[] bytes) implements DisclosureRenderer {
        @Override
        public void render(Disclosure disclosure, OutputStream out) throws IOException {
            out.write(bytes);
        }
    }
}
