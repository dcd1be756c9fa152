package org.budgetflow.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.budgetflow.validation.Finding;

/**
 * Pins a list of findings in a golden file under src/test/resources/golden/, compared exactly (rule, severity,
 * message, location, in report order). Run with -Dbudgetflow.golden.update=true to rewrite the file after a
 * deliberate change, then review the diff.
 */
public final class GoldenFindings {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GoldenFindings() {
    }

    public static void assertMatches(List<Finding> findings, String fileName) {
        Path golden = Path.of("src/test/resources/golden", fileName);
        List<Map<String, String>> actual = findings.stream().map(GoldenFindings::asMap).toList();
        try {
            if (Boolean.getBoolean("budgetflow.golden.update")) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, MAPPER.writeValueAsString(actual) + "\n", StandardCharsets.UTF_8);
            }
            List<Map<String, String>> expected = MAPPER.readValue(Files.readString(golden, StandardCharsets.UTF_8),
                    new TypeReference<>() {
                    });
            assertThat(actual).containsExactlyElementsOf(expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> asMap(Finding f) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("rule", f.rule());
        map.put("severity", f.severity().name());
        map.put("message", f.message());
        map.put("location", f.location());
        return map;
    }
}
