package org.budgetflow.workflow.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.CamundaDeploymentConfiguration;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ContextResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the models of the top-level folders {@code bpmn/} (BPMN, DMN) and {@code forms/} (Camunda Forms) as one
 * deployment named {@value #DEPLOYMENT_NAME}, with resource names {@code bpmn/<file>} and {@code forms/<file>}: the
 * same in the IDE, in the tests and in the jar (Maven copies both folders to the classpath under their names).
 * <p>
 * Replaces the starter's classpath scan, which names a resource by its absolute file path when run from a folder and
 * by its bare file name inside the jar, and the {@code processes.xml} scan, which inside a Spring Boot jar sees the
 * jar's own layout ({@code BOOT-INF/classes/…}). Only changed resources make a new deployment.
 */
@Component
public class WorkflowDeployment implements CamundaDeploymentConfiguration {
    public static final String DEPLOYMENT_NAME = "budgetflow";
    /** Classpath folder → the file patterns deployed from it. */
    static final Map<String, List<String>> FOLDERS = Map.of(
            "bpmn", List.of("*.bpmn", "*.dmn"),
            "forms", List.of("*.form"));

    private final ResourcePatternResolver resolver;

    public WorkflowDeployment() {
        this(new PathMatchingResourcePatternResolver(WorkflowDeployment.class.getClassLoader()));
    }

    WorkflowDeployment(ResourcePatternResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public Set<Resource> getDeploymentResources() {
        Map<String, Resource> byName = new TreeMap<>();
        FOLDERS.forEach((folder, patterns) -> patterns.forEach(pattern -> {
            for (Resource found : find("classpath*:" + folder + "/" + pattern)) {
                String name = folder + "/" + found.getFilename();
                byName.putIfAbsent(name, new NamedResource(name, read(found)));
            }
        }));
        return byName.values().stream().collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    /** The resource names of the deployment, e.g. {@code bpmn/budget-cycle.bpmn}. */
    public List<String> resourceNames() {
        return getDeploymentResources().stream().map(r -> ((NamedResource) r).getPathWithinContext()).toList();
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration instanceof SpringProcessEngineConfiguration spring) {
            spring.setDeploymentName(DEPLOYMENT_NAME);
            spring.setDeployChangedOnly(true);
            spring.setDeploymentResources(getDeploymentResources().toArray(new Resource[0]));
        }
    }

    private Resource[] find(String pattern) {
        try {
            return resolver.getResources(pattern);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + pattern, e);
        }
    }

    private static byte[] read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /** A resource whose deployment name is its path below the classpath root (the engine asks a ContextResource). */
    static final class NamedResource extends ByteArrayResource implements ContextResource {
        private final String name;

        NamedResource(String name, byte[] content) {
            super(content, name);
            this.name = name;
        }

        @Override
        public String getPathWithinContext() {
            return name;
        }

        @Override
        public String getFilename() {
            return name.substring(name.lastIndexOf('/') + 1);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof NamedResource named && named.name.equals(name) && super.equals(other);
        }

        @Override
        public int hashCode() {
            return name.hashCode();
        }
    }
}
