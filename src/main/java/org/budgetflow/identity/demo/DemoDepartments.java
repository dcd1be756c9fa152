package org.budgetflow.identity.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.budgetflow.identity.Department;

/**
 * The demo departments of {@code demo/departments.csv} (code,name; {@code #} starts a comment line; the first other
 * line is the header). The file names its source.
 */
final class DemoDepartments {
    static final String RESOURCE = "/demo/departments.csv";

    private DemoDepartments() {
    }

    static List<Department> load() {
        try (InputStream in = DemoDepartments.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    static List<Department> parse(BufferedReader reader) throws IOException {
        List<Department> departments = new ArrayList<>();
        boolean header = true;
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] fields = text.split(",", 2);
            if (fields.length != 2 || fields[0].isBlank() || fields[1].isBlank()) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": expected code,name but got " + line);
            }
            departments.add(new Department(fields[0].strip(), fields[1].strip()));
        }
        return List.copyOf(departments);
    }
}
