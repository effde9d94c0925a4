package org.sitegen.publish;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The work folders a build keeps beside its output, {@code .<name>.staging-<pid>-<n>} (the site being built) and
 * {@code .<name>.old-<pid>-<n>} (the previous site on its way out), and the leftovers of builds that were killed
 * before they could remove theirs: every such folder beside the output whose build is no longer running, including
 * those older versions named {@code .<name>.staging-<n>} and {@code .<name>.old-<n>}.
 */
final class StagingFolders {
    private StagingFolders() {
    }

    /** A new, empty staging folder beside {@code folder}. */
    static Path createStaging(Path folder) throws IOException {
        return Files.createTempDirectory(folder.getParent(), prefix(folder, "staging"));
    }

    /** A free name beside {@code folder} for moving the previous site out of the way. */
    static Path newOld(Path folder) throws IOException {
        Path old = Files.createTempDirectory(folder.getParent(), prefix(folder, "old"));
        Files.delete(old);
        return old;
    }

    private static String prefix(Path folder, String kind) {
        return "." + folder.getFileName() + "." + kind + "-" + ProcessHandle.current().pid() + "-";
    }

    /** The work folders beside {@code folder} left by builds that are no longer running. */
    static List<Path> leftoversBeside(Path folder) throws IOException {
        Path parent = folder.getParent();
        List<Path> leftovers = new ArrayList<>();
        if (parent == null || !Files.isDirectory(parent)) {
            return leftovers;
        }
        Pattern name = Pattern.compile("\\." + Pattern.quote(folder.getFileName().toString()) + "\\.(?:staging|old)-(?:(\\d+)-)?\\d+");
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent)) {
            for (Path entry : entries) {
                Matcher m = name.matcher(entry.getFileName().toString());
                if (m.matches() && !ofRunningBuild(m.group(1), entry)) {
                    leftovers.add(entry);
                }
            }
        }
        leftovers.sort(null);
        return leftovers;
    }

    /**
     * Whether {@code folder} belongs to a build still running: this process, or a live Java process that started
     * before the folder was last written (a process that merely reuses the number of a killed build started later).
     */
    private static boolean ofRunningBuild(String pid, Path folder) {
        if (pid == null) {
            return false; // named by a version that did not record its process
        }
        long id = Long.parseLong(pid);
        if (id == ProcessHandle.current().pid()) {
            return true;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(id).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return false;
        }
        ProcessHandle.Info info = process.get().info();
        boolean java = info.command().map(c -> c.endsWith("java") || c.endsWith("java.exe")).orElse(true);
        Instant written = lastWritten(folder);
        return java && info.startInstant().map(start -> !start.isAfter(written.plusSeconds(1))).orElse(true);
    }

    private static Instant lastWritten(Path folder) {
        try {
            return Files.getLastModifiedTime(folder, LinkOption.NOFOLLOW_LINKS).toInstant();
        } catch (IOException e) {
            return Instant.MAX;
        }
    }
}
