package org.budgetflow.district;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.budgetflow.budget.Budget;
import org.budgetflow.budget.interchange.BudgetJsonReader;

/**
 * The demo district shipped in the jar: the generated files committed under {@code demo/district-2024/} (regenerate
 * them with {@code demo-district --out src/main/resources/demo/district-2024}; a test keeps them equal to what the
 * generator produces). For the application's demo profile.
 */
public final class BundledDistrict {
    public static final String FOLDER = "demo/district-2024/";

    private BundledDistrict() {
    }

    /** Every department's budget, by code. */
    public static List<Budget> budgets() {
        BudgetJsonReader reader = new BudgetJsonReader();
        List<Budget> budgets = new ArrayList<>();
        for (JsonNode d : index().path("departments")) {
            try (InputStream in = open(d.path("file").asText())) {
                budgets.add(reader.read(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return budgets;
    }

    /** {@code index.json}: year, amountUnit and the departments with code, name, file and totals (万元). */
    public static JsonNode index() {
        return tree(DistrictWriter.INDEX);
    }

    /** {@code book-findings.json}: the D findings of the book with a summary. */
    public static JsonNode bookFindings() {
        return tree(DistrictWriter.FINDINGS);
    }

    private static JsonNode tree(String name) {
        try (InputStream in = open(name)) {
            return new JsonMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of the bundled district, by name. */
    public static InputStream open(String name) {
        InputStream in = BundledDistrict.class.getClassLoader().getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IllegalStateException("The bundled demo district lacks " + FOLDER + name);
        }
        return in;
    }
}
