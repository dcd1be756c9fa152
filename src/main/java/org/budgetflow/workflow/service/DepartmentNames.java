package org.budgetflow.workflow.service;

import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.budgetflow.identity.DepartmentDirectory;
import org.budgetflow.workflow.store.BudgetVersionStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The departments known to the cycle: registered in the department directory, and named as registered, else as
 * their latest budget names them, else by their code.
 */
@Component
public class DepartmentNames {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private final BudgetVersionStore versions;
    private final Function<String, Optional<String>> registered;

    @Autowired
    public DepartmentNames(BudgetVersionStore versions, DepartmentDirectory directory) {
        this(versions, directory::name);
    }

    /** With a lookup of registered names by code (the directory, or a table in tests). */
    public DepartmentNames(BudgetVersionStore versions, Function<String, Optional<String>> registered) {
        this.versions = versions;
        this.registered = registered;
    }

    public boolean isRegistered(String code) {
        return registered.apply(code).isPresent();
    }

    public String name(int year, String code) {
        return registered.apply(code).or(() -> fromBudget(year, code)).orElse(code);
    }

    private Optional<String> fromBudget(int year, String code) {
        return versions.latest(year, code).map(v -> {
            try {
                JsonNode name = MAPPER.readTree(v.document()).path("department").path("name");
                return name.isTextual() && !name.asText().isBlank() ? name.asText() : null;
            } catch (Exception unreadable) {
                return null;
            }
        });
    }
}
