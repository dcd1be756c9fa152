package org.budgetflow.benchmark;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.budgetflow.budget.Budget;
import org.budgetflow.budget.Line;
import org.budgetflow.testing.SyntheticBudgets;
import org.budgetflow.validation.BudgetValidator;
import org.budgetflow.validation.StandardRules;
import org.budgetflow.validation.ValidationReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validating a large synthetic budget with every rule, next to the floor for that work: one plain aggregation pass
 * over the same lines (sum by unit, source and carry-over flag, which any balance check must do).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
public class ValidationBenchmark {

    @Param({"100000"})
    public int lines;

    private Budget budget;
    private BudgetValidator validator;

    @Setup
    public void setUp() {
        budget = SyntheticBudgets.large(lines);
        validator = StandardRules.validator();
    }

    @Benchmark
    public ValidationReport validate() {
        return validator.validate(budget);
    }

    @Benchmark
    public Map<List<Object>, BigDecimal> aggregate() {
        Map<List<Object>, BigDecimal> sums = new HashMap<>();
        for (Line line : budget.lines()) {
            sums.merge(List.of(line.unitCode(), line.fundSource(), line.carryOver()), line.amount(), BigDecimal::add);
        }
        return sums;
    }
}
