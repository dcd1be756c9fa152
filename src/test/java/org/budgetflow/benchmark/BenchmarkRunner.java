package org.budgetflow.benchmark;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the JMH benchmarks named on the command line (a regular expression; default: all) and prints each score and,
 * for the validation benchmark, its ratio to the plain aggregation pass measured in the same run.
 */
public final class BenchmarkRunner {
    private BenchmarkRunner() {
    }

    public static void main(String[] args) throws RunnerException {
        String include = args.length > 0 ? args[0] : ".*Benchmark.*";
        Options options = new OptionsBuilder().include(include).build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, Double> scores = new TreeMap<>();
        System.out.println();
        System.out.println("== BudgetFlow benchmarks ==");
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark().replaceFirst(".*\\.", "");
            String params = r.getParams().getParamsKeys().stream()
                    .map(k -> k + "=" + r.getParams().getParam(k)).reduce((a, b) -> a + "," + b).orElse("");
            double score = r.getPrimaryResult().getScore();
            double error = r.getPrimaryResult().getScoreError();
            scores.put(name, score);
            System.out.printf("%-24s %-14s %10.3f ± %.3f %s%n", name, params, score, error,
                    r.getPrimaryResult().getScoreUnit());
        }
        if (scores.containsKey("validate") && scores.containsKey("aggregate")) {
            System.out.printf("validate / aggregate ratio: %.1f%n", scores.get("validate") / scores.get("aggregate"));
        }
    }
}
