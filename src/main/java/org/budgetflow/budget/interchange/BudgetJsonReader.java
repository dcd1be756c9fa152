package org.budgetflow.budget.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.budgetflow.budget.Budget;

/**
 * Reads a budget-v1 JSON document. A document that is not valid JSON or does not satisfy the contract's schema is
 * rejected with a {@link BudgetFormatException} naming every field at fault; nothing is partially read.
 */
public final class BudgetJsonReader {
    private static final String SCHEMA = "/contract/budget-v1.schema.json";

    private final ObjectMapper mapper;
    private final SchemaChecker schema;

    public BudgetJsonReader() {
        this.mapper = JsonMapper.builder()
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
        try (InputStream in = BudgetJsonReader.class.getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException("Schema not on the classpath: " + SCHEMA);
            }
            this.schema = new SchemaChecker(mapper.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the budget-v1 schema", e);
        }
    }

    public Budget read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (NoSuchFileException e) {
            throw new BudgetFormatException(List.of(new FieldError("", "文件不存在：" + file)));
        } catch (IOException e) {
            throw new BudgetFormatException(List.of(new FieldError("", "无法读取文件 " + file + "：" + e.getMessage())));
        }
    }

    public Budget read(InputStream in) {
        return BudgetDocumentMapper.INSTANCE.toBudget(readDocument(in));
    }

    /** Reads and checks the document without mapping it to the domain model. */
    public BudgetDocument readDocument(InputStream in) {
        JsonNode tree = parse(in);
        List<FieldError> errors = schema.check(tree);
        if (!errors.isEmpty()) {
            throw new BudgetFormatException(errors);
        }
        try {
            return mapper.treeToValue(tree, BudgetDocument.class);
        } catch (JsonProcessingException e) {
            throw new BudgetFormatException(List.of(new FieldError("", "文档结构无法识别：" + e.getOriginalMessage())));
        }
    }

    private JsonNode parse(InputStream in) {
        try {
            JsonNode tree = mapper.readTree(in);
            if (tree == null || tree.isMissingNode()) {
                throw new BudgetFormatException(List.of(new FieldError("", "文件为空，不是 JSON 文档")));
            }
            return tree;
        } catch (JsonProcessingException e) {
            throw new BudgetFormatException(List.of(new FieldError("", syntaxMessage(e))));
        } catch (IOException e) {
            throw new BudgetFormatException(List.of(new FieldError("", "无法读取文档：" + e.getMessage())));
        }
    }

    static String syntaxMessage(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : "（第 " + at.getLineNr() + " 行第 " + at.getColumnNr() + " 列）";
        if (e instanceof JsonEOFException) {
            return "JSON 不完整" + where + "：文件在文档结束前中断";
        }
        String original = e.getOriginalMessage();
        if (original != null && original.startsWith("Duplicate field")) {
            return "JSON 中字段重复" + where + "：" + original.substring(original.indexOf('\'')).replace("'", "\"");
        }
        return "JSON 语法错误" + where;
    }
}
