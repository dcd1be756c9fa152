package org.budgetflow.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The deployment's resource names are the folder and file name, whether the classpath is a folder or a jar. */
class WorkflowDeploymentTest {

    @Test
    void names_the_models_of_the_build_output_by_folder_and_file() {
        assertThat(new WorkflowDeployment().resourceNames()).containsExactly(
                "bpmn/budget-cycle.bpmn", "bpmn/department-budget.bpmn", "bpmn/disclosure-correction.bpmn",
                "bpmn/reviewRouting.dmn", "forms/congress-approval.form", "forms/correction-review.form",
                "forms/deadline-reminder.form", "forms/draft-budget.form", "forms/finance-review.form",
                "forms/performance-audit.form");
    }

    @Test
    void names_the_models_inside_a_jar_the_same_way(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            // folders are entries of their own, as in the jars Maven and Spring Boot build
            directory(out, "bpmn/");
            directory(out, "forms/");
            add(out, "bpmn/budget-cycle.bpmn");
            add(out, "forms/draft-budget.form");
            add(out, "bpmn/notes.txt");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            WorkflowDeployment deployment = new WorkflowDeployment(new PathMatchingResourcePatternResolver(loader));
            assertThat(deployment.resourceNames()).containsExactly("bpmn/budget-cycle.bpmn", "forms/draft-budget.form");
        }
    }

    private static void directory(JarOutputStream jar, String name) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        jar.closeEntry();
    }

    private static void add(JarOutputStream jar, String name) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        OutputStream out = jar;
        out.write(("content of " + name).getBytes(StandardCharsets.UTF_8));
        jar.closeEntry();
    }
}
