package org.budgetflow.workflow.support;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Process variables of type {@code Json}: Tasklist's Camunda Forms read them as lists and objects (tables, the
 * options of a checklist). Stored as a serialized document, so their size is not limited like a string variable's.
 */
public final class JsonVariables {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private JsonVariables() {
    }

    public static TypedValue list(List<?> rows) {
        try {
            return SpinValues.jsonValue(MAPPER.writeValueAsString(rows)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Rows cannot be written as JSON", e);
        }
    }
}
