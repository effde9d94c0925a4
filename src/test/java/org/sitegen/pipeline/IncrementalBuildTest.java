package org.sitegen.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview server's builder re-reads only changed files and re-renders only pages whose content changed. */
class IncrementalBuildTest {

    @Test
    void editingOneArticleReReadsOneFileAndRendersFewPages(@TempDir Path folder) throws Exception {
        Path content = folder.resolve("content");
        copy(org.sitegen.testing.TestContent.CONTENT, content);
        Path output = folder.resolve("site");
        BuildOptions options = new BuildOptions(Path.of("."), content, output, false, "");
        SiteBuilder builder = new SiteBuilder(true);

        BuildResult first = builder.build(options, true);
        assertTrue(first.ok(), () -> first.diagnostics().all().toString());
        int files = countMarkdown(content);
        assertEquals(files, builder.filesReadLastBuild());
        assertEquals(0, builder.pagesReusedLastBuild());

        Path article = content.resolve("articles/pain-ladder-and-multidisciplinary-care.md");
        Files.writeString(article, Files.readString(article) + "\nAn added closing sentence for the preview test.\n");
        Files.setLastModifiedTime(article, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        BuildResult second = builder.build(options, true);
        assertTrue(second.ok(), () -> second.diagnostics().all().toString());
        assertEquals(1, builder.filesReadLastBuild(), "only the edited file is read again");
        int rendered = second.pages() - builder.pagesReusedLastBuild();
        assertTrue(rendered < second.pages() / 3, "rendered " + rendered + " of " + second.pages() + " pages");
        assertTrue(Files.readString(output.resolve("us/articles/pain-ladder-and-multidisciplinary-care/index.html"))
                .contains("An added closing sentence for the preview test."));
        // an untouched page is still there and unchanged in the new output
        assertTrue(Files.readString(output.resolve("us/articles/radiofrequency-ablation/index.html")).contains("<h1>Radiofrequency ablation</h1>"));

        BuildResult third = builder.build(options, true);
        assertEquals(0, builder.filesReadLastBuild(), "nothing changed, nothing read");
        assertEquals(third.pages(), builder.pagesReusedLastBuild() + countNonReusable(), "every page but the always-rendered ones is reused");
        builder.awaitCleaning(); // replaced sites are deleted in the background: done before the temporary folder goes
    }

    /** The root chooser and sitemap index are written on every build. */
    private static int countNonReusable() {
        return 0;
    }

    private static int countMarkdown(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            return (int) files.filter(p -> p.toString().endsWith(".md")).count();
        }
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
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
