package org.budgetflow.validation.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.budgetflow.classification.ClassificationCatalog;

/** A catalog like the bundled one but with every list marked complete, as a finance bureau would after a full import. */
final class CompleteCatalogs {

    private CompleteCatalogs() {
    }

    static ClassificationCatalog withAllListsComplete() {
        try {
            Path dir = Files.createTempDirectory("complete-catalog");
            for (String file : List.of("function-codes.csv", "dept-economic-codes.csv", "gov-economic-codes.csv",
                    "economic-mapping.csv")) {
                try (InputStream in = CompleteCatalogs.class.getClassLoader()
                        .getResourceAsStream("classification/" + file)) {
                    Files.copy(in, dir.resolve(file));
                }
            }
            Files.writeString(dir.resolve("lists.csv"), """
                    list,level,validFrom,validTo,complete
                    function,,2018,,true
                    dept-economic,,2018,,true
                    gov-economic,,2018,,true
                    """);
            ClassificationCatalog catalog = ClassificationCatalog.load(dir);
            for (String file : List.of("function-codes.csv", "dept-economic-codes.csv", "gov-economic-codes.csv",
                    "economic-mapping.csv", "lists.csv")) {
                Files.delete(dir.resolve(file));
            }
            Files.delete(dir);
            return catalog;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
