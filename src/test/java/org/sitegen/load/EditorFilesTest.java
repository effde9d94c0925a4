package org.sitegen.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.diagnostics.Diagnostic;
import org.sitegen.pipeline.BuildOptions;
import org.sitegen.pipeline.BuildResult;
import org.sitegen.pipeline.SiteBuilder;
import org.sitegen.testing.Folders;

/** Files editors' tools leave beside content are skipped by the build; any other non-Markdown file stays an error. */
class EditorFilesTest {
    private static final Path SMALL_SITE = Path.of("src/test/resources/sites/small");
    static final List<String> NOISE = List.of("articles/basics.md~", "articles/#basics.md#", "articles/.basics.md.swp",
            "articles/.basics.md.swx", "articles/basics.md.swp", ".DS_Store", "articles/.DS_Store", ".hidden-notes.md",
            ".git/config", "articles/.#basics.md");

    @TempDir
    Path folder;

    private Path contentWithNoise() throws Exception {
        Path content = Folders.copy(SMALL_SITE, folder.resolve("content"));
        for (String file : NOISE) {
            Files.createDirectories(content.resolve(file).getParent());
            Files.writeString(content.resolve(file), "editor's scratch: not content\n");
        }
        return content;
    }

    @Test
    void editorFilesAreSkippedByTheBuild() throws Exception {
        Path content = contentWithNoise();
        BuildResult result = new SiteBuilder().build(new BuildOptions(Path.of("."), content, folder.resolve("site"), false, ""), true);
        assertEquals(List.of(), result.diagnostics().all());
        assertTrue(Files.isRegularFile(folder.resolve("site/intl/articles/basics/index.html")));
    }

    @Test
    void anyOtherFileIsStillAnError() throws Exception {
        Path content = contentWithNoise();
        Files.writeString(content.resolve("articles/basics.md.bak"), "a backup under another name\n");
        BuildResult result = new SiteBuilder().build(new BuildOptions(Path.of("."), content, folder.resolve("site"), false, ""), true);
        assertEquals(List.of(content.resolve("articles/basics.md.bak") + ": not a Markdown file: only .md files belong in the content folder"),
                result.diagnostics().all().stream().map(Diagnostic::format).toList());
    }

    @Test
    void whatIsSkipped() {
        for (String name : List.of("a.md~", "#a.md#", ".a.md.swp", "a.swx", ".DS_Store", ".anything")) {
            assertTrue(EditorFiles.isIgnored(Path.of(name)), name);
        }
        for (String name : List.of("a.md", "a.txt", "#a.md", "a~b.md", "swp.md")) {
            assertTrue(!EditorFiles.isIgnored(Path.of(name)), name);
        }
    }
}
