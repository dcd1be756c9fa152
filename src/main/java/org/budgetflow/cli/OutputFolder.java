package org.budgetflow.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

import org.budgetflow.disclosure.model.Disclosure;
import org.budgetflow.disclosure.render.DisclosureRenderer;

/**
 * Writes the renderings into an output folder so that a failure leaves nothing half-written: everything is rendered
 * into a temporary folder beside the target, then moved in place. A target that does not exist (or is empty) is
 * replaced by the temporary folder in one rename; into an existing folder with other content, each rendered file or
 * folder is moved over its old version (other files are left alone).
 */
final class OutputFolder {
    private final Path target;

    OutputFolder(Path target) {
        this.target = target.toAbsolutePath().normalize();
    }

    /** Fails early, before anything is rendered, when the target exists and is not a folder. */
    void checkWritable() {
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new InputException("无法写出公开文件：" + target + " 已存在且不是目录");
        }
        if (target.getParent() == null) {
            throw new InputException("无法写出公开文件：不能以根目录 " + target + " 作为输出目录");
        }
    }

    /** Renders every renderer's output and moves it into the target; returns the names written. */
    List<String> write(Disclosure disclosure, List<DisclosureRenderer> renderers) throws IOException {
        checkWritable();
        Path parent = Files.createDirectories(target.getParent());
        Path temp = Files.createTempDirectory(parent, "." + target.getFileName() + ".tmp-");
        try {
            List<String> names = new ArrayList<>();
            for (DisclosureRenderer renderer : renderers) {
                renderer.writeInto(disclosure, temp);
                names.add(renderer.fileName());
            }
            publish(temp);
            return names;
        } finally {
            deleteRecursively(temp);
        }
    }

    private void publish(Path temp) throws IOException {
        if (Files.isDirectory(target) && isEmpty(target)) {
            Files.delete(target);
        }
        if (!Files.exists(target)) {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        for (Path entry : entries(temp)) {
            Path dest = target.resolve(entry.getFileName().toString());
            if (Files.isDirectory(entry) && Files.exists(dest)) {
                Path old = Files.createTempDirectory(target, "." + dest.getFileName() + ".old-");
                Files.move(dest, old.resolve("content"), StandardCopyOption.ATOMIC_MOVE);
                Files.move(entry, dest, StandardCopyOption.ATOMIC_MOVE);
                deleteRecursively(old);
            } else {
                Files.move(entry, dest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }

    private static List<Path> entries(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(out::add);
        }
        out.sort(null);
        return out;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            return !stream.iterator().hasNext();
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
