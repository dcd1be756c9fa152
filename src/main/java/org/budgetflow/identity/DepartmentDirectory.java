package org.budgetflow.identity;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.budgetflow.identity.access.AccessPolicy;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The budget departments known to BudgetFlow (table {@code bf_department}). Registering a department also creates
 * its Camunda group {@code dept<code>} with the department's authorizations and Tasklist filter.
 */
@Component
public class DepartmentDirectory {
    private static final Pattern CODE = Pattern.compile("\\d{1,16}");

    private final JdbcTemplate jdbc;
    private final AccessPolicy accessPolicy;

    public DepartmentDirectory(JdbcTemplate jdbc, AccessPolicy accessPolicy) {
        this.jdbc = jdbc;
        this.accessPolicy = accessPolicy;
    }

    /**
     * Registers a department, or renames it if its code is known; idempotent. The code is digits only (e.g.
     * {@code 310}), the name non-blank.
     */
    @Transactional
    public Department register(String code, String name) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("A department code is 1 to 16 digits: " + code);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Department " + code + " needs a name");
        }
        String trimmed = name.strip();
        if (jdbc.update("update bf_department set name = ? where code = ?", trimmed, code) == 0) {
            try {
                jdbc.update("insert into bf_department (code, name) values (?, ?)", code, trimmed);
            } catch (DuplicateKeyException registeredConcurrently) {
                jdbc.update("update bf_department set name = ? where code = ?", trimmed, code);
            }
        }
        accessPolicy.applyToDepartment(code, trimmed);
        return new Department(code, trimmed);
    }

    /** The name of a registered department. */
    public Optional<String> name(String code) {
        return jdbc.query("select name from bf_department where code = ?", (row, i) -> row.getString(1), code)
                .stream().findFirst();
    }

    /** Every registered department, by code. */
    public List<Department> all() {
        return jdbc.query("select code, name from bf_department order by code",
                (row, i) -> new Department(row.getString("code"), row.getString("name")));
    }
}
