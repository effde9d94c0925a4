package org.sitegen.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's incremental builder keys what it reuses on content hashes: after each kind of change, its output is
 * byte for byte what a one-off build of the same files writes, and only the pages the change touches are rendered.
 */
class IncrementalCacheTest {
    private static final String EXTRA = """
            ---
            title: An extra article for the cache test
            summary: It exists to be deleted and renamed.
            date: 2026-02-01
            tags: [basics]
            ---

            Physical therapy and exercise come first for most people with long-lasting pain.
            """;

    @TempDir
    Path temp;
    private Path project;
    private Path content;
    private SiteBuilder builder;

    @BeforeEach
    void copyProject() throws IOException {
        project = temp.resolve("project");
        content = project.resolve("content");
        copy(org.sitegen.testing.TestContent.CONTENT, content);
        for (String part : List.of("templates", "assets", "jbake.properties")) {
            copy(Path.of(part), project.resolve(part));
        }
        Files.writeString(content.resolve("articles/extra-article.md"), EXTRA);
        builder = new SiteBuilder(true);
        assertTrue(build(builder, "site").ok());
    }

    /** The preview's builder deletes replaced sites in the background: done before the temporary folder goes. */
    @org.junit.jupiter.api.AfterEach
    void awaitCleaning() throws InterruptedException {
        builder.awaitCleaning();
    }

    @Test
    void changedTemplateRendersEveryPageAgain() throws IOException {
        edit(project.resolve("templates/messages/en.properties"), "Educational information only;", "Education only, changed template;");
        BuildResult result = build(builder, "site");
        assertEquals(0, builder.pagesReusedLastBuild());
        assertTrue(Files.readString(temp.resolve("site/us/faq/index.html")).contains("Education only, changed template;"));
        assertSameAsOneOffBuild(result);
    }

    @Test
    void changedGlossaryTermReachesTooltipsAndTheGlossary() throws IOException {
        edit(content.resolve("glossary/facet-joint.md"), "term: \"Facet joint\"", "term: \"Facet joint (spine)\"");
        BuildResult result = build(builder, "site");
        assertTrue(Files.readString(temp.resolve("site/us/glossary/index.html")).contains("Facet joint (spine)"));
        assertSameAsOneOffBuild(result);
    }

    @Test
    void changedTitleReachesThePagesThatShowIt() throws IOException {
        edit(content.resolve("articles/radiofrequency-ablation.md"), "title: Radiofrequency ablation", "title: Radiofrequency ablation explained");
        BuildResult result = build(builder, "site");
        assertTrue(Files.readString(temp.resolve("site/us/index.html")).contains("Radiofrequency ablation explained"));
        assertSameAsOneOffBuild(result);
    }

    @Test
    void deletedFileLeavesNoPageBehind() throws IOException {
        Files.delete(content.resolve("articles/extra-article.md"));
        BuildResult result = build(builder, "site");
        assertTrue(Files.notExists(temp.resolve("site/us/articles/extra-article")));
        assertSameAsOneOffBuild(result);
    }

    @Test
    void renamedFileMovesItsPage() throws IOException {
        Files.move(content.resolve("articles/extra-article.md"), content.resolve("articles/renamed-article.md"));
        BuildResult result = build(builder, "site");
        assertTrue(Files.notExists(temp.resolve("site/us/articles/extra-article")));
        assertTrue(Files.isRegularFile(temp.resolve("site/us/articles/renamed-article/index.html")));
        assertSameAsOneOffBuild(result);
    }

    @Test
    void changedRegionFileReachesEveryPageOfItsEdition() throws IOException {
        Path eu = content.resolve("regions/eu.md");
        Files.writeString(eu, Files.readString(eu) + "\nA sentence added to the EU disclaimer for the cache test.\n");
        BuildResult result = build(builder, "site");
        assertTrue(Files.readString(temp.resolve("site/eu/faq/index.html")).contains("A sentence added to the EU disclaimer"));
        assertTrue(!Files.readString(temp.resolve("site/us/faq/index.html")).contains("A sentence added to the EU disclaimer"));
        assertSameAsOneOffBuild(result);
    }

    @Test
    void unchangedRebuildReusesEveryPageAndReadsNothing() {
        BuildResult result = build(builder, "site");
        assertEquals(0, builder.filesReadLastBuild());
        assertEquals(result.pages(), builder.pagesReusedLastBuild());
    }

    private BuildResult build(SiteBuilder with, String output) {
        BuildResult result = with.build(new BuildOptions(project, content, temp.resolve(output), false, ""), true);
        assertTrue(result.ok(), () -> result.diagnostics().all().toString());
        return result;
    }

    private void assertSameAsOneOffBuild(BuildResult incremental) throws IOException {
        BuildResult fresh = build(new SiteBuilder(), "fresh");
        assertEquals(fresh.pages(), incremental.pages());
        TreeMap<String, byte[]> expected = files(temp.resolve("fresh"));
        TreeMap<String, byte[]> actual = files(temp.resolve("site"));
        assertEquals(expected.keySet(), actual.keySet());
        for (String file : expected.keySet()) {
            assertTrue(Arrays.equals(expected.get(file), actual.get(file)), "differs from a one-off build: " + file);
        }
    }

    private static TreeMap<String, byte[]> files(Path root) throws IOException {
        TreeMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), file + " contains " + from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target);
                }
            }
        }
    }
}
