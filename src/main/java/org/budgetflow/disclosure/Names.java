package org.budgetflow.disclosure;

import java.util.List;
import java.util.function.Function;

import org.budgetflow.budget.Line;

/**
 * The printed name of a code: the first name a line prints for it (lines in {@link LineOrder}), else the code list's
 * name for the year, else null (an empty cell).
 */
final class Names {
    private final CodeNames codeNames;
    private final int year;

    Names(CodeNames codeNames, int year) {
        this.codeNames = codeNames;
        this.year = year;
    }

    String function(String code, List<Line> lines) {
        return name(CodeNames.Kind.FUNCTION, code, lines, Line::functionCode, Line::functionName);
    }

    String deptEconomic(String code, List<Line> lines) {
        return name(CodeNames.Kind.DEPT_ECONOMIC, code, lines, Line::deptEconCode, Line::deptEconName);
    }

    String govEconomic(String code, List<Line> lines) {
        return name(CodeNames.Kind.GOV_ECONOMIC, code, lines, Line::govEconCode, Line::govEconName);
    }

    /** The code list's name of a 功能类, null when unknown. */
    String functionClass(String classCode) {
        return codeNames.name(CodeNames.Kind.FUNCTION, year, classCode).orElse(null);
    }

    private String name(CodeNames.Kind kind, String code, List<Line> lines, Function<Line, String> codeOf,
                        Function<Line, String> nameOf) {
        for (Line line : lines) {
            String printed = nameOf.apply(line);
            if (code.equals(codeOf.apply(line)) && printed != null && !printed.isBlank()) {
                return printed;
            }
        }
        return codeNames.name(kind, year, code).orElse(null);
    }
}
