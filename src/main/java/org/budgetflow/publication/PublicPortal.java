package org.budgetflow.publication;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.budgetflow.publication.OpenDataCatalogue.VersionKey;
import org.budgetflow.workflow.PublishedDisclosures;
import org.budgetflow.workflow.PublishedDisclosures.PublishedBudget;
import org.budgetflow.workflow.PublishedDisclosures.PublishedVersion;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * What the portal serves, cached: the index page and {@code index.json} with the catalogue (evicted on each
 * publication), department pages by (year, department, version shown, current version) and published files by
 * (year, department, version, file) in bounded LRU caches — published data never changes, so these never go
 * stale. Everything starts from the {@link PublishedCatalogue}: what is not published is not found.
 */
@Service
public class PublicPortal {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final PublishedCatalogue catalogue;
    private final PublishedDisclosures published;
    private final IndexPage indexPage;
    private final DepartmentPage departmentPage;
    private final OpenDataCatalogue openData;
    private final BoundedCache<PageKey> pages;
    private final BoundedCache<FileKey> files;

    public PublicPortal(PublishedCatalogue catalogue, PublishedDisclosures published, IndexPage indexPage,
                        DepartmentPage departmentPage, OpenDataCatalogue openData,
                        @Value("${budgetflow.portal.cache.pages:256}") int pageEntries,
                        @Value("${budgetflow.portal.cache.page-bytes:67108864}") long pageBytes,
                        @Value("${budgetflow.portal.cache.files:512}") int fileEntries,
                        @Value("${budgetflow.portal.cache.file-bytes:134217728}") long fileBytes) {
        this.catalogue = catalogue;
        this.published = published;
        this.indexPage = indexPage;
        this.departmentPage = departmentPage;
        this.openData = openData;
        this.pages = new BoundedCache<>(pageEntries, pageBytes);
        this.files = new BoundedCache<>(fileEntries, fileBytes);
    }

    /** The index page; the unfiltered one is cached with the catalogue. */
    public Rendered index(String query) {
        String q = IndexPage.normalise(query);
        if (q.isEmpty()) {
            return catalogue.derived("index.html", budgets -> indexPage.render(budgets, ""));
        }
        return indexPage.render(catalogue.budgets(), q);
    }

    public Rendered openData() {
        return catalogue.derived("index.json", budgets -> openData.render(budgets, this::csvNames));
    }

    /** The page of a published version ({@code null} = the current one). */
    public Optional<Rendered> page(int year, String departmentCode, Integer version) {
        Optional<PublishedBudget> budget = catalogue.find(year, departmentCode);
        if (budget.isEmpty()) {
            return Optional.empty();
        }
        Optional<PublishedVersion> shown = version(budget.get(), version);
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        PageKey key = new PageKey(year, departmentCode, shown.get().version(), budget.get().current().version());
        return pages.get(key, () -> render(budget.get(), shown.get()));
    }

    /** A published file of a version ({@code null} = the current one). */
    public Optional<Rendered> file(int year, String departmentCode, Integer version, String fileName) {
        if (!Downloads.offered(fileName)) {
            return Optional.empty();
        }
        return publishedVersion(year, departmentCode, version)
                .flatMap(v -> stored(year, departmentCode, v.version(), fileName));
    }

    /** One table's CSV, from the version's csv.zip ({@code null} = the current version). */
    public Optional<Rendered> csv(int year, String departmentCode, Integer version, String csvName) {
        if (!CsvEntries.NAME.matcher(csvName).matches()) {
            return Optional.empty();
        }
        return publishedVersion(year, departmentCode, version).flatMap(v -> files.get(
                new FileKey(year, departmentCode, v.version(), "csv/" + csvName),
                () -> stored(year, departmentCode, v.version(), Downloads.CSV_ZIP)
                        .flatMap(zip -> CsvEntries.entry(zip.body(), csvName))
                        .map(bytes -> Rendered.download(bytes, Downloads.CSV_TYPE, Rendered.sha256(bytes),
                                Downloads.disposition(year, departmentCode, v.version(), csvName)))));
    }

    /** How many pages are cached (for tests and monitoring). */
    public int cachedPages() {
        return pages.size();
    }

    private Optional<PublishedVersion> publishedVersion(int year, String departmentCode, Integer version) {
        return catalogue.find(year, departmentCode).flatMap(budget -> version(budget, version));
    }

    private static Optional<PublishedVersion> version(PublishedBudget budget, Integer version) {
        if (version == null) {
            return Optional.of(budget.current());
        }
        return budget.versions().stream().filter(v -> v.version() == version).findFirst();
    }

    private Optional<Rendered> stored(int year, String departmentCode, int version, String fileName) {
        return files.get(new FileKey(year, departmentCode, version, fileName),
                () -> published.file(year, departmentCode, version, fileName)
                        .map(f -> Rendered.download(f.content(), Downloads.contentType(fileName, f.contentType()),
                                f.sha256(), Downloads.disposition(year, departmentCode, version, fileName))));
    }

    private List<String> csvNames(VersionKey key) {
        return stored(key.year(), key.departmentCode(), key.version(), Downloads.CSV_ZIP)
                .map(zip -> CsvEntries.names(zip.body())).orElse(List.of());
    }

    private Optional<Rendered> render(PublishedBudget budget, PublishedVersion shown) {
        int year = budget.year();
        String code = budget.departmentCode();
        Optional<Rendered> json = stored(year, code, shown.version(), Downloads.JSON);
        if (json.isEmpty()) {
            return Optional.empty();
        }
        JsonNode disclosure;
        try {
            disclosure = JSON.readTree(json.get().body());
        } catch (IOException e) {
            throw new IllegalStateException("The published disclosure.json of " + year + "-" + code + " version "
                    + shown.version() + " cannot be read", e);
        }
        String main = stored(year, code, shown.version(), Downloads.HTML)
                .flatMap(html -> PublishedMarkup.main(html.body())).orElse(null);
        List<String> csv = csvNames(new VersionKey(year, code, shown.version()));
        return Optional.of(departmentPage.render(new DepartmentPage.Source(budget, shown, disclosure, main, csv)));
    }

    private record PageKey(int year, String departmentCode, int version, int currentVersion) {
    }

    private record FileKey(int year, String departmentCode, int version, String fileName) {
    }
}
