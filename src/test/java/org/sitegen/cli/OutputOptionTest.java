package org.sitegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitegen.publish.OutputStamp;
import org.sitegen.testing.FolderSnapshot;

/**
 * {@code --output} is never destructive: {@code build} and {@code serve} refuse, with exit status 2 and one line and
 * before building anything, every output that is not a site an earlier build wrote, an empty folder or a new path.
 * Each case runs in a throw-away project ({@code templates/} and {@code content/} in a temporary folder), so that a
 * broken check could only ever replace that.
 */
class OutputOptionTest {
    private static final Path SMALL_SITE = Path.of("src/test/resources/sites/small");

    @TempDir
    Path temp;
    Path project;
    Path content;

    @BeforeEach
    void throwAwayProject() throws IOException {
        project = temp.resolve("project");
        content = project.resolve("content");
        Files.createDirectories(project.resolve("templates"));
        Files.createDirectories(project.resolve("assets"));
        Files.createDirectories(content.resolve("articles"));
        Files.writeString(project.resolve("templates/layout.ftl"), "layout");
        Files.writeString(content.resolve("articles/basics.md"), "---\ntitle: Basics\n---\n");
    }

    /** Runs {@code command --project <project> --output <output>} and checks that it refused without touching anything. */
    private void assertRefused(String command, String output, String expected, String... more) {
        FolderSnapshot before = FolderSnapshot.of(temp);
        List<String> args = Stream.concat(Stream.of(command, "--project", project.toString(), "--output", output), Stream.of(more)).toList();

        CommandLineRun run = CommandLineRun.of(args.toArray(String[]::new));

        assertEquals(2, run.status(), run.err());
        assertEquals(List.of(expected), run.lines());
        assertEquals(before, FolderSnapshot.of(temp), "nothing was written, moved or deleted");
    }

    @ParameterizedTest
    @ValueSource(strings = {"build", "serve"})
    void aFolderOfOtherFilesIsRefused(String command) throws IOException {
        Path mine = Files.createDirectories(temp.resolve("mine"));
        Files.writeString(mine.resolve("notes.txt"), "my notes");
        assertRefused(command, mine.toString(), "error: --output " + mine + ": not empty and not built by sitegen; choose an empty or new folder");
    }

    @ParameterizedTest
    @ValueSource(strings = {"build", "serve"})
    void theContentFolderIsRefused(String command) {
        assertRefused(command, content.toString(), "error: --output " + content + ": is the content folder; choose an empty or new folder");
    }

    @ParameterizedTest
    @ValueSource(strings = {"build", "serve"})
    void theProjectFolderIsRefused(String command) {
        assertRefused(command, project.toString(),
                "error: --output " + project + ": is the project folder (the folder holding templates/); choose an empty or new folder");
    }

    @ParameterizedTest
    @ValueSource(strings = {"build", "serve"})
    void aFolderHoldingTheProjectIsRefused(String command) {
        assertRefused(command, temp.toString(),
                "error: --output " + temp + ": contains the project folder (" + project + "); choose an empty or new folder");
    }

    @Test
    void aFolderHoldingTheContentFolderIsRefused() throws IOException {
        Path outside = temp.resolve("elsewhere/content");
        Files.createDirectories(outside);
        assertRefused("build", temp.resolve("elsewhere").toString(), "error: --output " + temp.resolve("elsewhere")
                + ": contains the content folder (" + outside + "); choose an empty or new folder", "--content", outside.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"content/site", "templates/site", "assets/site"})
    void aFolderInsideWhatTheBuildReadsIsRefused(String inside) {
        Path output = project.resolve(inside);
        assertRefused("build", output.toString(), "error: --output " + output + ": is inside " + output.getParent()
                + ", which the build reads; choose a folder outside it");
    }

    @ParameterizedTest
    @ValueSource(strings = {"build", "serve"})
    void theRootFolderIsRefused(String command) {
        assertRefused(command, "/", "error: --output /: is the root folder; choose an empty or new folder");
    }

    @ParameterizedTest
    @ValueSource(strings = {"build", "serve"})
    void anEmptyValueIsRefused(String command) {
        assertRefused(command, "", "error: --output \"\": empty value (an unset variable?); name the folder for the site, "
                + "e.g. --output target/site");
    }

    @ParameterizedTest
    @ValueSource(strings = {"build", "serve"})
    void aRegularFileIsRefused(String command) throws IOException {
        Path file = Files.writeString(temp.resolve("site.html"), "<p>my page</p>");
        assertRefused(command, file.toString(), "error: --output " + file + ": is a file, not a folder; choose an empty or new folder");
    }

    @Test
    void aSymbolicLinkToNothingIsRefused() throws IOException {
        Path link = Files.createSymbolicLink(temp.resolve("site"), temp.resolve("releases/missing"));
        assertRefused("build", link.toString(), "error: --output " + link
                + ": is a symbolic link to a folder that does not exist; create that folder or remove the link");
    }

    @Test
    void aSymbolicLinkToAFolderOfOtherFilesIsRefused() throws IOException {
        Path mine = Files.createDirectories(temp.resolve("mine"));
        Files.writeString(mine.resolve("notes.txt"), "my notes");
        Path link = Files.createSymbolicLink(temp.resolve("site"), mine);
        assertRefused("build", link.toString(), "error: --output " + link + ": not empty and not built by sitegen; choose an empty or new folder");
    }

    @Test
    void anEmptyFolderAndAnEarlierSiteAreReplaced() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        CommandLineRun first = CommandLineRun.of("build", "--content", SMALL_SITE.toString(), "--output", empty.toString());
        assertEquals(0, first.status(), first.err());
        assertTrue(OutputStamp.isOn(empty));

        Files.writeString(empty.resolve("stale.html"), "from an older build");
        CommandLineRun second = CommandLineRun.of("build", "--content", SMALL_SITE.toString(), "--output", empty.toString());
        assertEquals(0, second.status(), second.err());
        assertFalse(Files.exists(empty.resolve("stale.html")));
        assertTrue(Files.isRegularFile(empty.resolve("intl/index.html")));
        assertEquals("Written by sitegen. The next build replaces this folder and everything in it.\n",
                Files.readString(empty.resolve(OutputStamp.FILE_NAME), StandardCharsets.UTF_8));
    }
}
