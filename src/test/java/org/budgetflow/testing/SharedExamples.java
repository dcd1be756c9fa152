package org.budgetflow.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Locates the shared reference material (../shared beside the repository) for tests. */
public final class SharedExamples {
    private static final JsonMapper MAPPER = new JsonMapper();

    private SharedExamples() {
    }

    public static Path shared() {
        String configured = System.getProperty("budgetflow.shared");
        Path dir = configured != null ? Path.of(configured) : Path.of("..", "shared");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("The shared reference folder is missing: " + dir.toAbsolutePath());
        }
        return dir;
    }

    public static Path workedExample() {
        return shared().resolve("examples/xigong-community-2023");
    }

    public static Path workedExampleBudget() {
        return workedExample().resolve("budget.json");
    }

    public static Path workedExampleDisclosure() {
        return workedExample().resolve("disclosure.expected.json");
    }

    /** The worked example budget as a mutable JSON tree, for tests that break one field. */
    public static ObjectNode workedExampleTree() {
        try {
            return (ObjectNode) MAPPER.readTree(workedExampleBudget().toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(ObjectNode tree) {
        try {
            return MAPPER.writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
