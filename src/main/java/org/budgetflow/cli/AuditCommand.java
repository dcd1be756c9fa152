package org.budgetflow.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.budgetflow.validation.ValidationReport;
import org.budgetflow.validation.audit.DisclosureAuditor;
import org.budgetflow.validation.audit.DisclosureDocument;
import org.budgetflow.validation.audit.DisclosureFormatException;
import org.budgetflow.validation.audit.DisclosureJsonReader;

/**
 * {@code audit DISCLOSURE.json [--format json]}: checks a published disclosure (someone else's tables, as
 * disclosure-v1) against the cross-table invariants V01–V34 that need only the tables and the narrative.
 */
final class AuditCommand implements Command {

    @Override
    public String name() {
        return "audit";
    }

    @Override
    public String usage() {
        return "audit DISCLOSURE.json [--format json]  审查已公开的部门预算（disclosure-v1）表间勾稽";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Arguments arguments = new Arguments(args, Set.of("format"));
        Path file = Path.of(arguments.single("公开文件"));
        String format = Formats.check(arguments.option("format", "text"));
        DisclosureDocument document = read(file);
        ValidationReport report = DisclosureAuditor.standard().audit(document);
        String heading = "公开审查：" + document.departmentName() + " " + document.year() + " 年部门预算公开（" + file + "）";
        FindingsReport.print(report, format, heading, out);
        return report.hasErrors() ? Cli.FINDINGS : Cli.OK;
    }

    private static DisclosureDocument read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new DisclosureJsonReader().read(in);
        } catch (NoSuchFileException e) {
            throw new InputException("无法读取公开文件：文件不存在：" + file);
        } catch (IOException e) {
            throw new InputException("无法读取公开文件 " + file + "：" + e.getMessage());
        } catch (DisclosureFormatException e) {
            throw new InputException("无法读取公开文件：" + e.getMessage());
        }
    }
}
