package org.budgetflow.workflow.service;

import java.util.List;
import java.util.Optional;

import org.budgetflow.workflow.PublishedDisclosures;
import org.budgetflow.workflow.store.PublicationFileStore;
import org.budgetflow.workflow.store.PublicationStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link PublishedDisclosures} read from the publication records and their files. */
@Service
@Transactional(readOnly = true)
public class PublishedDisclosureQuery implements PublishedDisclosures {
    private final PublicationStore publications;
    private final PublicationFileStore files;
    private final DepartmentNames names;

    public PublishedDisclosureQuery(PublicationStore publications, PublicationFileStore files, DepartmentNames names) {
        this.publications = publications;
        this.files = files;
        this.names = names;
    }

    @Override
    public List<PublishedBudget> list() {
        return publications.published().stream()
                .map(key -> find(key.year(), key.departmentCode()))
                .flatMap(Optional::stream)
                .toList();
    }

    @Override
    public Optional<PublishedBudget> find(int year, String departmentCode) {
        List<PublishedVersion> versions = publications.versions(year, departmentCode).stream()
                .map(published -> new PublishedVersion(published.publication().version(),
                        published.publication().publishedAt(), published.publication().checksum(),
                        published.correctionReason(),
                        files.fileNames(year, departmentCode, published.publication().version())))
                .toList();
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PublishedBudget(year, departmentCode, names.name(year, departmentCode), versions));
    }

    @Override
    public Optional<PublishedFile> file(int year, String departmentCode, int version, String fileName) {
        if (publications.find(year, departmentCode, version).isEmpty()) {
            return Optional.empty();
        }
        return files.file(year, departmentCode, version, fileName)
                .map(f -> new PublishedFile(f.fileName(), f.contentType(), f.sha256(), f.content()));
    }
}
