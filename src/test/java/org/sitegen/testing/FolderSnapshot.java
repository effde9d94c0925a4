package org.sitegen.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Every folder, file and symbolic link under a root with the exact bytes of each file (as hex), so that two snapshots are equal
 * exactly when the trees are byte for byte the same.
 */
public record FolderSnapshot(Map<String, String> entries) {

    public static FolderSnapshot of(Path root) {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.toList()) {
                String name = root.relativize(path).toString().replace('\\', '/');
                if (Files.isSymbolicLink(path)) {
                    entries.put(name, "link to " + Files.readSymbolicLink(path));
                } else {
                    entries.put(name, Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? "folder" : HexFormat.of().formatHex(Files.readAllBytes(path)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FolderSnapshot(entries);
    }

    /** The entries in which this snapshot and {@code other} differ, for failure messages. */
    public String differences(FolderSnapshot other) {
        StringBuilder text = new StringBuilder();
        for (String name : new TreeSet<>(union(other))) {
            if (!Objects.equals(entries.get(name), other.entries.get(name))) {
                text.append(name).append(entries.containsKey(name) ? "" : " (missing here)")
                        .append(other.entries.containsKey(name) ? "" : " (missing there)").append('\n');
            }
        }
        return text.toString();
    }

    private Set<String> union(FolderSnapshot other) {
        Set<String> names = new HashSet<>(entries.keySet());
        names.addAll(other.entries.keySet());
        return names;
    }
}
