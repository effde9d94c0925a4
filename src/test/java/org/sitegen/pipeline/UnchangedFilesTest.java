package org.sitegen.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.testing.TestContent;

/**
 * A one-off build takes over each search index file that the site it replaces holds with the same bytes (the same
 * file, linked into the new site) and writes every other one anew, so that rebuilding unchanged content allocates
 * and frees no file per search fragment.
 */
class UnchangedFilesTest {
    @TempDir
    Path temp;

    @Test
    void unchangedSearchFilesAreTakenOverAndChangedOnesWritten() throws IOException {
        Path content = temp.resolve("content");
        copy(TestContent.CONTENT, content);
        Path site = temp.resolve("site");
        assertTrue(build(content, site).ok());
        Map<Path, Object> before = new HashMap<>();
        Map<Path, byte[]> bytesBefore = new HashMap<>();
        Path search = site.resolve("us/search");
        for (Path file : files(search)) {
            before.put(search.relativize(file), fileKey(file));
            bytesBefore.put(search.relativize(file), Files.readAllBytes(file));
        }
        Path article = content.resolve("articles/neuromodulation.md");
        Files.writeString(article, Files.readString(article) + "\nA sentence added so that this page's search fragment changes.\n");

        BuildResult result = build(content, site);
        assertTrue(result.ok(), () -> result.diagnostics().all().toString());
        int taken = 0;
        int written = 0;
        for (Path file : files(search)) {
            Path relative = search.relativize(file);
            if (Arrays.equals(bytesBefore.get(relative), Files.readAllBytes(file))) {
                assertEquals(before.get(relative), fileKey(file), relative + " is unchanged: the previous file is taken over");
                taken++;
            } else {
                assertNotEquals(before.get(relative), fileKey(file), relative + " changed: it is written anew");
                written++;
            }
        }
        assertTrue(taken > 0 && written > 0, taken + " taken over, " + written + " written");
        assertTrue(Files.readString(site.resolve("us/articles/neuromodulation/index.html")).contains("A sentence added"));
    }

    private static BuildResult build(Path content, Path site) {
        return new SiteBuilder().build(new BuildOptions(TestContent.PROJECT, content, site, false, ""), true);
    }

    private static Object fileKey(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            // the index's files; the search page itself is rendered like every page
            return all.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
