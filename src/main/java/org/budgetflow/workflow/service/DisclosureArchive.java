package org.budgetflow.workflow.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

import org.budgetflow.budget.Budget;
import org.budgetflow.classification.ClassificationCatalog;
import org.budgetflow.disclosure.CatalogCodeNames;
import org.budgetflow.disclosure.render.DisclosureFiles;
import org.budgetflow.disclosure.render.DisclosureRenderer;
import org.budgetflow.workflow.DisclosurePublisher;
import org.budgetflow.workflow.store.BudgetVersion;
import org.budgetflow.workflow.store.BudgetVersionStore;
import org.budgetflow.workflow.store.PublicationFileStore;
import org.budgetflow.workflow.store.PublicationFileStore.PublishedFile;
import org.budgetflow.workflow.store.PublicationStore;
import org.budgetflow.workflow.support.WorkflowClock;
import org.springframework.stereotype.Component;

/**
 * Publishes an approved version: generates its disclosure in every published form (disclosure.json, .html, .pdf,
 * .xlsx and csv.zip) and stores the files with the publication record, in the engine's transaction — a publication
 * is whole or absent. Idempotent: a version published before is returned as it is, never generated again; two
 * concurrent attempts cannot both insert (primary key), the loser's job is retried and finds the first one's record.
 * The publication's checksum is the SHA-256 of its disclosure.json (the open-data form).
 */
@Component
public class DisclosureArchive implements DisclosurePublisher {
    static final String JSON = "disclosure.json";
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            JSON, "application/json",
            "disclosure.html", "text/html; charset=UTF-8",
            "disclosure.pdf", "application/pdf",
            "disclosure.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "csv.zip", "application/zip");

    private final BudgetVersionStore versions;
    private final PublicationStore publications;
    private final PublicationFileStore files;
    private final WorkflowClock clock;
    private final DisclosureFiles disclosures;

    public DisclosureArchive(BudgetVersionStore versions, PublicationStore publications, PublicationFileStore files,
                             WorkflowClock clock) {
        this.versions = versions;
        this.publications = publications;
        this.files = files;
        this.clock = clock;
        this.disclosures = new DisclosureFiles(new CatalogCodeNames(ClassificationCatalog.loadDefault()));
    }

    @Override
    public Publication publish(int year, String departmentCode, int version, Budget budget,
                               String correctionReason) {
        BudgetVersion stored = versions.version(year, departmentCode, version).orElseThrow(
                () -> new IllegalStateException("No version " + version + " of " + year + "-" + departmentCode));
        if (!stored.frozen()) {
            throw new IllegalStateException("Version " + version + " of " + year + "-" + departmentCode
                    + " is not approved (not frozen) and cannot be published");
        }
        Optional<Publication> earlier = publications.find(year, departmentCode, version);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        DisclosureFiles.Rendering rendering = disclosures.prepare(budget);
        Map<String, PublishedFile> rendered = new java.util.LinkedHashMap<>();
        for (DisclosureRenderer renderer : rendering.renderers()) {
            String name = storedName(renderer.fileName());
            byte[] content = render(renderer, rendering);
            rendered.put(name, new PublishedFile(name, CONTENT_TYPES.getOrDefault(name, "application/octet-stream"),
                    BudgetVersionStore.sha256(content), content));
        }
        Publication publication = publications.record(year, departmentCode, version, clock.now(),
                rendered.get(JSON).sha256(), correctionReason);
        rendered.values().forEach(file -> files.add(year, departmentCode, version, file));
        return publication;
    }

    /** A renderer that writes a folder (the CSV tables) is stored as one ZIP archive. */
    private static String storedName(String fileName) {
        return fileName.contains(".") ? fileName : fileName + ".zip";
    }

    private static byte[] render(DisclosureRenderer renderer, DisclosureFiles.Rendering rendering) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            renderer.render(rendering.disclosure(), out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render " + renderer.fileName(), e);
        }
        return out.toByteArray();
    }
}
