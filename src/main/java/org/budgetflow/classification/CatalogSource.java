package org.budgetflow.classification;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the classification files are read from: the bundled classpath folder or a finance bureau's directory. */
interface CatalogSource {

    /** A reader for the file, or null when the source has no such file. */
    Reader open(String fileName) throws IOException;

    /** For messages: the folder the files come from. */
    String describe();

    static CatalogSource classpath(String folder, ClassLoader loader) {
        return new CatalogSource() {
            @Override
            public Reader open(String fileName) {
                InputStream in = loader.getResourceAsStream(folder + "/" + fileName);
                return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
            }

            @Override
            public String describe() {
                return "classpath:" + folder;
            }
        };
    }

    static CatalogSource directory(Path dir) {
        return new CatalogSource() {
            @Override
            public Reader open(String fileName) throws IOException {
                Path file = dir.resolve(fileName);
                return Files.isRegularFile(file) ? Files.newBufferedReader(file, StandardCharsets.UTF_8) : null;
            }

            @Override
            public String describe() {
                return dir.toString();
            }
        };
    }
}
