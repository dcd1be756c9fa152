package org.budgetflow.district;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.budgetflow.budget.Budget;
import org.budgetflow.testing.DistrictBooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo district committed under src/main/resources/demo/district-2024 is exactly what the generator makes from
 * the book now. When this fails after a deliberate change, regenerate:
 * {@code java -jar target/budgetflow.jar demo-district --out src/main/resources/demo/district-2024}.
 */
class BundledDistrictTest {
    @TempDir
    Path dir;

    @Test
    void the_committed_files_equal_what_the_generator_writes_now() throws IOException {
        DemoDistrict district = DistrictGenerator.standard().generate(DistrictBooks.realBook());
        List<Path> written = new DistrictWriter().write(district, dir);
        assertThat(written).hasSize(district.budgets().size() + 2);
        for (Path file : written) {
            try (InputStream committed = BundledDistrict.open(file.getFileName().toString())) {
                assertThat(new String(committed.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                        .as("%s (regenerate with demo-district --out src/main/resources/demo/district-2024)",
                                file.getFileName())
                        .isEqualTo(Files.readString(file));
            }
        }
    }

    @Test
    void writing_twice_gives_the_same_bytes() throws IOException {
        DistrictWriter writer = new DistrictWriter();
        List<Path> first = writer.write(DistrictGenerator.standard().generate(DistrictBooks.realBook()),
                dir.resolve("a"));
        List<Path> second = writer.write(DistrictGenerator.standard().generate(DistrictBooks.realBook()),
                dir.resolve("b"));
        assertThat(second).hasSameSizeAs(first);
        for (int i = 0; i < first.size(); i++) {
            assertThat(Files.readAllBytes(second.get(i))).as("%s", first.get(i).getFileName())
                    .isEqualTo(Files.readAllBytes(first.get(i)));
        }
    }

    @Test
    void loads_the_bundled_district_from_the_classpath() {
        List<Budget> budgets = BundledDistrict.budgets();
        assertThat(budgets).hasSize(54);
        assertThat(budgets.get(0).department().code()).isEqualTo("101");
        assertThat(BundledDistrict.index().path("departments")).hasSize(54);
        assertThat(BundledDistrict.bookFindings().path("summary").path("unattributedYuan").asText())
                .isEqualTo("251515400");
    }
}
