package org.budgetflow.disclosure;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.budgetflow.budget.Amounts;
import org.budgetflow.disclosure.model.Disclosure;
import org.budgetflow.disclosure.model.Percentage;

/**
 * Writes a disclosure as disclosure-v1 JSON: the keys, nesting and string formats of the contract's worked example
 * (amounts as "0.00" strings, null for an empty cell, percentages as "39.39%"). Output is deterministic: UTF-8, keys
 * in a fixed order, one-space indentation and "\n" line ends on every platform, so the same disclosure gives the same
 * bytes.
 */
public final class DisclosureJsonWriter {
    public static final String FORMAT = "budgetflow/disclosure-v1";

    private final ObjectMapper mapper = JsonMapper.builder().build();
    private final ObjectWriter writer;

    public DisclosureJsonWriter() {
        this.writer = stableWriter(mapper);
    }

    /**
     * The layout of the published JSON documents (disclosure.json, the congress book's book.json): one-space
     * indentation, "\n" line ends on every platform, {@code "key": value}, empty objects and arrays as {@code {}} and
     * {@code []}.
     */
    public static ObjectWriter stableWriter(ObjectMapper mapper) {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultIndenter indenter = new DefaultIndenter(" ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return mapper.writer(printer);
    }

    /** The document as a JSON tree. */
    public ObjectNode toTree(Disclosure disclosure) {
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        ObjectNode department = root.putObject("department");
        department.put("name", disclosure.department().name());
        department.put("code", disclosure.department().code());
        if (disclosure.department().printedName() != null) {
            department.put("printedName", disclosure.department().printedName());
        }
        root.put("year", disclosure.year());
        root.put("amountUnit", disclosure.amountUnit());
        ArrayNode units = root.putArray("units");
        disclosure.units().forEach(u -> units.addObject().put("code", u.code()).put("name", u.name()));
        root.set("narrative", new NarrativeJson(mapper).write(disclosure.narrative()));
        root.set("tables", new TablesJson(mapper).write(disclosure.tables()));
        return root;
    }

    public byte[] write(Disclosure disclosure) {
        try {
            byte[] body = writer.writeValueAsBytes(toTree(disclosure));
            byte[] out = new byte[body.length + 1];
            System.arraycopy(body, 0, out, 0, body.length);
            out[body.length] = '\n';
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the disclosure as JSON", e);
        }
    }

    public void write(Disclosure disclosure, OutputStream out) {
        try {
            out.write(write(disclosure));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the disclosure as JSON", e);
        }
    }

    public void write(Disclosure disclosure, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, write(disclosure));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /** An amount as printed ("5301.42"), null stays null. */
    static String amount(BigDecimal value) {
        return value == null ? null : Amounts.format(value);
    }

    static String percent(Percentage value) {
        return value == null ? null : value.format();
    }
}
