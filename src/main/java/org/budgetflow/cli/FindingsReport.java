package org.budgetflow.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.budgetflow.validation.Finding;
import org.budgetflow.validation.Severity;
import org.budgetflow.validation.ValidationReport;

/** Prints findings as a readable Chinese report or as {@code {"findings":[…]}}. */
final class FindingsReport {
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private FindingsReport() {
    }

    static void print(ValidationReport report, String format, String heading, PrintStream out) {
        if ("json".equals(format)) {
            printJson(report, out);
        } else {
            printText(report, heading, out);
        }
    }

    private static void printJson(ValidationReport report, PrintStream out) {
        List<Map<String, String>> findings = report.findings().stream().map(f -> {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("rule", f.rule());
            m.put("severity", f.severity().name());
            m.put("message", f.message());
            m.put("location", f.location());
            return m;
        }).toList();
        try {
            out.println(JSON.writeValueAsString(Map.of("findings", findings)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void printText(ValidationReport report, String heading, PrintStream out) {
        long errors = report.count(Severity.ERROR);
        long warnings = report.count(Severity.WARNING);
        out.println(heading);
        out.println("共 " + report.findings().size() + " 项：错误 " + errors + " 项，警告 " + warnings + " 项");
        out.println();
        for (Finding f : report.findings()) {
            out.println("[" + f.severity().label() + "] " + f.rule() + " " + f.message());
            if (f.location() != null && !f.location().isEmpty()) {
                out.println("        位置：" + f.location());
            }
        }
        if (!report.findings().isEmpty()) {
            out.println();
        }
        out.println(errors == 0 ? "结论：没有错误。" + (warnings > 0 ? "警告请审核人员逐项判断。" : "")
                : "结论：有 " + errors + " 项错误，须改正后才能正确公开。");
    }
}
