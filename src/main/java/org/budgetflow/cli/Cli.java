package org.budgetflow.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.budgetflow.budget.interchange.BudgetFormatException;

/**
 * The offline command line of the jar: runs without the web server or the process engine.
 * Exit codes: 0 no ERROR finding, 1 ERROR findings, 2 the input cannot be read or the command line is wrong.
 * Errors are one clear line on stderr, never a stack trace (set BUDGETFLOW_DEBUG=1 to see one).
 */
public final class Cli {
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int UNREADABLE = 2;

    private static final Map<String, Command> COMMANDS = new LinkedHashMap<>();

    static {
        for (Command c : List.of(
                new ValidateCommand(),
                new AuditCommand(),
                new DiscloseCommand(),
                new DemoDistrictCommand(),
                new BookCommand(),
                new WorkbookCommand(),
                new ImportCommand())) {
            COMMANDS.put(c.name(), c);
        }
    }

    private Cli() {
    }

    /** True when the first argument is a command-line verb (or a request for help). */
    public static boolean handles(String[] args) {
        return args.length > 0 && (COMMANDS.containsKey(args[0]) || "help".equals(args[0]) || "--help".equals(args[0]));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        QuietLibraries.apply();
        Command command = args.length == 0 ? null : COMMANDS.get(args[0]);
        if (command == null) {
            printUsage(out);
            return args.length == 0 ? UNREADABLE : OK;
        }
        try {
            return command.run(Arrays.asList(args).subList(1, args.length), out, err);
        } catch (UsageException e) {
            err.println("用法错误：" + e.getMessage() + "。用法：java -jar budgetflow.jar " + command.usage());
            return UNREADABLE;
        } catch (BudgetFormatException e) {
            err.println("无法读取预算文件：" + e.getMessage());
            return UNREADABLE;
        } catch (InputException e) {
            err.println(e.getMessage());
            return UNREADABLE;
        } catch (RuntimeException e) {
            if (System.getenv("BUDGETFLOW_DEBUG") != null) {
                e.printStackTrace(err);
            }
            err.println("内部错误：" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : "：" + e.getMessage()));
            return UNREADABLE;
        }
    }

    private static void printUsage(PrintStream out) {
        out.println("BudgetFlow 预算编审公开平台 — 命令行（不启动服务）");
        out.println("用法：java -jar budgetflow.jar <命令> …");
        COMMANDS.values().forEach(c -> out.println("  " + c.usage()));
        out.println("不带命令运行则启动应用（Tasklist、Cockpit、公开门户）。");
        out.println("退出码：0 无错误；1 有错误（ERROR）；2 输入无法读取或命令有误。");
    }
}
