package org.budgetflow.district;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.budgetflow.budget.Amounts;
import org.budgetflow.budget.BudgetUnit;
import org.budgetflow.budget.ExpenditureCategory;
import org.budgetflow.budget.FundSource;
import org.budgetflow.budget.Line;
import org.budgetflow.budget.Project;
import org.budgetflow.budget.UnitKind;
import org.budgetflow.classification.ClassificationYear;

/**
 * Synthesizes the lines the book does not print, deterministically: basic expenditure split by the per-mille table
 * (largest remainder, in the smallest unit of the amount), one line per project; 功能分类 from the department kind,
 * 部门经济分类 from the tables, 政府经济分类 the first code the year's mapping allows for the unit's kind (so C2 holds).
 * All money is 一般公共预算 of the year (the book prints only 政府预算资金). Names come from the code lists.
 */
final class LineSynthesizer {
    private final ClassificationYear codes;
    private final SynthesisTables tables;

    LineSynthesizer(ClassificationYear codes, SynthesisTables tables) {
        this.codes = codes;
        this.tables = tables;
    }

    /** The basic-expenditure lines of a unit; none when the amount is zero. */
    List<Line> basicLines(BudgetUnit unit, SynthesisTables.DepartmentKind kind, BigDecimal amount) {
        List<SynthesisTables.BasicShare> shares = tables.basicShares();
        List<BigDecimal> parts = split(amount, shares.stream().map(SynthesisTables.BasicShare::perMille).toList());
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < shares.size(); i++) {
            SynthesisTables.BasicShare share = shares.get(i);
            if (parts.get(i).signum() > 0) {
                String function = share.function(unit.kind()).orElse(kind.basicFunction(unit.kind()));
                lines.add(line(unit, function, share.deptEconCode(), share.category(), null, parts.get(i)));
            }
        }
        return lines;
    }

    /** The one line of a project. */
    Line projectLine(BudgetUnit unit, SynthesisTables.DepartmentKind kind, Project project, BigDecimal amount) {
        String econ = tables.projectEconomicCode(project.type(), project.name());
        return line(unit, kind.projectFunction(project.type()), econ, project.type().category(), project.id(), amount);
    }

    private Line line(BudgetUnit unit, String function, String deptEcon, ExpenditureCategory category,
                      String projectId, BigDecimal amount) {
        String gov = governmentCode(deptEcon, unit.kind());
        return new Line(unit.code(), function, functionName(function), deptEcon,
                codes.deptEconomicCodes().name(deptEcon).orElseThrow(() -> unknown("部门经济分类", deptEcon)),
                gov, codes.govEconomicCodes().name(gov).orElseThrow(() -> unknown("政府经济分类", gov)),
                FundSource.GENERAL_PUBLIC_BUDGET, false, true, category, projectId, amount);
    }

    String governmentCode(String deptEcon, UnitKind kind) {
        List<String> allowed = codes.economicMapping().allowed(deptEcon, kind);
        if (allowed.isEmpty()) {
            throw new IllegalStateException("The " + codes.year() + " mapping has no rule for " + deptEcon + " in a "
                    + kind + " unit; fix district/ tables or classification/economic-mapping.csv");
        }
        return allowed.get(0);
    }

    String functionName(String code) {
        return codes.functionCodes().name(code).or(() -> tables.functionName(code))
                .orElseThrow(() -> unknown("功能分类", code));
    }

    private IllegalStateException unknown(String list, String code) {
        return new IllegalStateException(list + " " + code + " has no name in the " + codes.year()
                + " code list nor in district/function-names.csv");
    }

    /**
     * Splits an amount by per-mille weights exactly: in units of its last decimal (0.01 万元 for a two-decimal amount),
     * floor of each share, then the remaining units one each to the largest remainders, ties to the earlier share.
     */
    static List<BigDecimal> split(BigDecimal amount, List<Integer> perMille) {
        int scale = Math.max(Amounts.SCALE, amount.scale());
        BigInteger units = amount.setScale(scale).unscaledValue();
        BigInteger total = BigInteger.valueOf(perMille.stream().mapToInt(Integer::intValue).sum());
        long[] parts = new long[perMille.size()];
        BigInteger[] remainders = new BigInteger[perMille.size()];
        BigInteger assigned = BigInteger.ZERO;
        for (int i = 0; i < parts.length; i++) {
            BigInteger[] qr = units.multiply(BigInteger.valueOf(perMille.get(i))).divideAndRemainder(total);
            parts[i] = qr[0].longValueExact();
            remainders[i] = qr[1];
            assigned = assigned.add(qr[0]);
        }
        int left = units.subtract(assigned).intValueExact();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed().thenComparing(i -> i));
        for (int k = 0; k < left; k++) {
            parts[order.get(k)]++;
        }
        List<BigDecimal> result = new ArrayList<>(parts.length);
        for (long p : parts) {
            result.add(BigDecimal.valueOf(p, scale));
        }
        return result;
    }
}
