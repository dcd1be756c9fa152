package org.budgetflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.budgetflow.testing.EmbeddedPostgresInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** With the postgres profile the application runs on a real PostgreSQL server (embedded in the build, 17.x). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
class ApplicationOnPostgresTest {

    @Autowired
    private TestRestTemplate http;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void runs_the_engine_on_postgresql_and_reports_health() {
        String product = jdbc.queryForObject("select version()", String.class);
        Integer engineTables = jdbc.queryForObject(
                "select count(*) from information_schema.tables where table_name like 'act_ru_%'", Integer.class);

        assertThat(product).startsWith("PostgreSQL 17");
        assertThat(engineTables).isGreaterThan(10);
        assertThat(http.getForEntity("/actuator/health", String.class).getBody()).contains("UP");
    }
}
