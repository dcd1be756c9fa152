package org.budgetflow.publication;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.budgetflow.workflow.PublishedDisclosures.PublishedBudget;
import org.budgetflow.workflow.PublishedDisclosures.PublishedVersion;
import org.springframework.stereotype.Component;

/**
 * {@code /public/index.json}: the open-data catalogue — every published budget with its year, department code and
 * name, current version, publication time, checksum (SHA-256 of its disclosure.json), page and file URLs (the
 * per-table CSV files too), and its superseded versions with their own files.
 */
@Component
public class OpenDataCatalogue {
    public static final String FORMAT = "budgetflow/open-data-index-v1";
    public static final String TYPE = "application/json";
    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final PortalLinks links;

    public OpenDataCatalogue(PortalLinks links) {
        this.links = links;
    }

    /**
     * @param csvNames the per-table CSV files of a budget's version (from its csv.zip)
     */
    public Rendered render(List<PublishedBudget> budgets, Function<VersionKey, List<String>> csvNames) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("amountUnit", "万元");
        root.put("portal", links.index());
        ArrayNode list = root.putArray("budgets");
        for (PublishedBudget budget : budgets) {
            ObjectNode entry = list.addObject();
            entry.put("year", budget.year());
            entry.put("code", budget.departmentCode());
            entry.put("name", budget.departmentName());
            version(entry, budget, budget.current(), csvNames);
            entry.put("page", links.page(budget.year(), budget.departmentCode()));
            entry.put("corrected", !budget.superseded().isEmpty());
            ArrayNode superseded = entry.putArray("superseded");
            for (PublishedVersion old : budget.superseded()) {
                ObjectNode item = superseded.addObject();
                version(item, budget, old, csvNames);
                item.put("page", links.page(budget.year(), budget.departmentCode(), old.version()));
            }
        }
        try {
            return Rendered.page(MAPPER.writeValueAsBytes(root), TYPE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the open-data catalogue", e);
        }
    }

    private void version(ObjectNode node, PublishedBudget budget, PublishedVersion version,
                         Function<VersionKey, List<String>> csvNames) {
        int year = budget.year();
        String code = budget.departmentCode();
        node.put("version", version.version());
        node.put("publishedAt", PublishedTimes.iso(version.publishedAt()));
        node.put("checksum", version.checksum());
        node.put("correctionReason", version.correctionReason());
        ObjectNode files = node.putObject("files");
        for (String file : Downloads.FILES) {
            if (version.fileNames().contains(file)) {
                files.put(file, links.file(year, code, version.version(), file));
            }
        }
        ObjectNode csv = node.putObject("csv");
        if (version.fileNames().contains(Downloads.CSV_ZIP)) {
            for (String name : csvNames.apply(new VersionKey(year, code, version.version()))) {
                csv.put(name, links.csv(year, code, version.version(), name));
            }
        }
    }

    /** A published version of a department's budget. */
    public record VersionKey(int year, String departmentCode, int version) {
    }
}
