package org.budgetflow.budget.interchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.budgetflow.budget.Budget;

/** Writes a budget as a budget-v1 JSON document (UTF-8, indented, fields in contract order). */
public final class BudgetJsonWriter {
    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    public void write(Budget budget, OutputStream out) {
        try {
            mapper.writeValue(out, BudgetDocumentMapper.INSTANCE.toDocument(budget));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String toJson(Budget budget) {
        try {
            return mapper.writeValueAsString(BudgetDocumentMapper.INSTANCE.toDocument(budget));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
