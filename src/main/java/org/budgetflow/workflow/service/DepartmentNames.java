package org.budgetflow.workflow.service;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.budgetflow.workflow.store.BudgetVersionStore;
import org.springframework.stereotype.Component;

/** The Chinese name of a department in a cycle: as its latest budget names it, else its code. */
@Component
public class DepartmentNames {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private final BudgetVersionStore versions;

    public DepartmentNames(BudgetVersionStore versions) {
        this.versions = versions;
    }

    public String name(int year, String code) {
        return fromBudget(year, code).orElse(code);
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
