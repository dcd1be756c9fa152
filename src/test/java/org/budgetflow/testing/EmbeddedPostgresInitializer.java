package org.budgetflow.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts a real PostgreSQL 17 server (binaries from Maven) for a Spring test context, points the {@code postgres}
 * profile's settings at it, and stops it when the context closes, after every bean that uses it.
 * Use with {@code @ActiveProfiles("postgres")} and {@code @ContextConfiguration(initializers = …)}.
 */
public class EmbeddedPostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        EmbeddedPostgres postgres = start();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", Map.of(
                "BUDGETFLOW_DB_HOST", "localhost",
                "BUDGETFLOW_DB_PORT", postgres.getPort(),
                "BUDGETFLOW_DB_NAME", "postgres",
                "BUDGETFLOW_DB_USER", "postgres",
                "BUDGETFLOW_DB_PASSWORD", "postgres")));
        // Registered first, so destroyed last: the connection pool closes before the server stops.
        ((DefaultListableBeanFactory) context.getBeanFactory()).registerDisposableBean("embeddedPostgres", postgres::close);
    }

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL server", e);
        }
    }
}
