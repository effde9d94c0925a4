package org.sitegen.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Staging, publishing and clean-up on a real file system. */
class OutputPublisherTest {
    private final OutputPublisher publisher = new OutputPublisher();

    @Test
    void publishingReplacesTheSiteStampsItAndLeavesNothingBesideIt(@TempDir Path temp) throws IOException {
        Path output = temp.resolve("site");
        publish(output, "first");
        publish(output, "second");

        assertEquals("second", Files.readString(output.resolve("index.html"), StandardCharsets.UTF_8));
        assertTrue(OutputStamp.isOn(output));
        assertEquals(List.of("site"), names(temp));
        assertEquals(List.of(".sitegen-output", "index.html", "us"), names(output));
    }

    @Test
    void foldersAreExchangedInOneStep(@TempDir Path temp) throws IOException {
        Path a = Files.createDirectory(temp.resolve("a"));
        Path b = Files.createDirectory(temp.resolve("b"));
        Files.writeString(a.resolve("from-a"), "a");
        Files.writeString(b.resolve("from-b"), "b");

        assertTrue(new RenameExchange().exchange(a, b), "this Linux file system exchanges folders with renameat2");

        assertEquals(List.of("from-b"), names(a));
        assertEquals(List.of("from-a"), names(b));
    }

    @Test
    void aSymbolicLinkStaysAndTheFolderItPointsToIsReplaced(@TempDir Path temp) throws IOException {
        Path release = temp.resolve("releases/current");
        publish(release, "first");
        Path link = Files.createSymbolicLink(temp.resolve("site"), Path.of("releases/current"));

        publish(link, "second");

        assertTrue(Files.isSymbolicLink(link));
        assertEquals(Path.of("releases/current"), Files.readSymbolicLink(link));
        assertEquals("second", Files.readString(release.resolve("index.html"), StandardCharsets.UTF_8));
        assertEquals(List.of("releases", "site"), names(temp));
        assertEquals(List.of("current"), names(temp.resolve("releases")));
    }

    @Test
    void thePublishedTreeIsReadableByAWebServer(@TempDir Path temp) throws IOException {
        Path output = temp.resolve("site");
        Path staging = publisher.stage(output);
        Files.createDirectories(staging.resolve("us"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Files.writeString(staging.resolve("us/index.html"), "page");
        Files.setPosixFilePermissions(staging.resolve("us/index.html"), PosixFilePermissions.fromString("rw-------"));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(staging)), "Java's temporary folders");

        publisher.publish(staging, output);

        int umask = Umask.current();
        String folders = PosixFilePermissions.toString(new WebPermissions(umask).folders());
        String files = PosixFilePermissions.toString(new WebPermissions(umask).files());
        if (umask == 0022) {
            assertEquals(List.of("rwxr-xr-x", "rw-r--r--"), List.of(folders, files));
        }
        for (Path path : List.of(output, output.resolve("us"))) {
            assertEquals(folders, PosixFilePermissions.toString(Files.getPosixFilePermissions(path)), path.toString());
        }
        for (Path path : List.of(output.resolve("us/index.html"), output.resolve(OutputStamp.FILE_NAME))) {
            assertEquals(files, PosixFilePermissions.toString(Files.getPosixFilePermissions(path)), path.toString());
        }
    }

    @Test
    void theUmaskTakesAwayPermissions() {
        assertEquals(List.of("rwxr-x---", "rw-r-----"), List.of(PosixFilePermissions.toString(new WebPermissions(0027).folders()),
                PosixFilePermissions.toString(new WebPermissions(0027).files())));
    }

    @Test
    void stagingRemovesWhatKilledBuildsLeftBesideTheOutput(@TempDir Path temp) throws IOException, InterruptedException {
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        long ours = ProcessHandle.current().pid();
        List<String> leftovers = List.of(".site.staging-8237468", ".site.old-4711", ".site.staging-" + finished.pid() + "-12",
                ".site.old-" + finished.pid() + "-3");
        List<String> kept = List.of(".other.staging-1", ".site.staging-" + ours + "-5", "notes", "site");
        for (String name : Stream.concat(leftovers.stream(), kept.stream()).toList()) {
            Files.createDirectories(temp.resolve(name).resolve("us"));
            Files.writeString(temp.resolve(name).resolve("us/index.html"), "x");
        }
        Files.writeString(temp.resolve("site").resolve(OutputStamp.FILE_NAME), "");

        Path staging = publisher.stage(temp.resolve("site"));

        List<String> expected = Stream.concat(kept.stream(), Stream.of(staging.getFileName().toString())).sorted().toList();
        assertEquals(expected, names(temp));
        assertTrue(staging.getFileName().toString().startsWith(".site.staging-" + ours + "-"), staging.toString());
    }

    @Test
    void publishingRefusesAFolderThatIsNotASite(@TempDir Path temp) throws IOException {
        Path output = Files.createDirectory(temp.resolve("mine"));
        Files.writeString(output.resolve("notes.txt"), "my notes");
        Path staging = publisher.stage(output);

        IOException refused = assertThrows(IOException.class, () -> publisher.publish(staging, output));

        assertEquals("not empty and not built by sitegen; choose an empty or new folder", refused.getMessage());
        assertEquals(List.of("notes.txt"), names(output));
        publisher.discard(staging);
        assertEquals(List.of("mine"), names(temp));
    }

    @Test
    void theRootFolderCannotBeStaged() {
        IOException refused = assertThrows(IOException.class, () -> publisher.stage(Path.of("/")));
        assertEquals("the root folder cannot be the output", refused.getMessage());
    }

    @Test
    void discardDoesNotFollowSymbolicLinks(@TempDir Path temp) throws IOException {
        Path elsewhere = Files.createDirectory(temp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("keep.txt"), "keep");
        Path folder = Files.createDirectory(temp.resolve("folder"));
        Files.createSymbolicLink(folder.resolve("link"), elsewhere);

        publisher.discard(folder);

        assertFalse(Files.exists(folder, LinkOption.NOFOLLOW_LINKS));
        assertEquals("keep", Files.readString(elsewhere.resolve("keep.txt"), StandardCharsets.UTF_8));
    }

    private void publish(Path output, String text) throws IOException {
        Path staging = publisher.stage(output);
        Files.createDirectory(staging.resolve("us"));
        Files.writeString(staging.resolve("index.html"), text, StandardCharsets.UTF_8);
        publisher.publish(staging, output);
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
