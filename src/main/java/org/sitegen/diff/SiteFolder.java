package org.sitegen.diff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/** A built output folder: its editions are the sub-folders (other than {@code css} and {@code js}) with an {@code index.html}. */
public record SiteFolder(Path root) {
    private static final Set<String> NOT_EDITIONS = Set.of("css", "js");

    /** Opens {@code root}, failing with a one-line message when it is not a built site. */
    public static SiteFolder open(Path root) throws SiteDiffException, IOException {
        if (!Files.exists(root)) {
            throw new SiteDiffException("no such folder: " + root);
        }
        if (!Files.isDirectory(root)) {
            throw new SiteDiffException("not a folder: " + root);
        }
        SiteFolder site = new SiteFolder(root);
        if (site.editions().isEmpty()) {
            throw new SiteDiffException("not a built site (no edition folder with an index.html): " + root);
        }
        return site;
    }

    /** The edition codes, sorted. */
    public SortedSet<String> editions() throws IOException {
        SortedSet<String> editions = new TreeSet<>();
        try (Stream<Path> children = Files.list(root)) {
            for (Path child : children.toList()) {
                String name = child.getFileName().toString();
                if (!NOT_EDITIONS.contains(name) && Files.isRegularFile(child.resolve("index.html"))) {
                    editions.add(name);
                }
            }
        }
        return editions;
    }

    public Path edition(String code) {
        return root.resolve(code);
    }

    /** The HTML pages of an edition, '/'-separated and relative to the edition folder, sorted. */
    public SortedSet<String> pages(String code) throws IOException {
        Path folder = edition(code);
        SortedSet<String> pages = new TreeSet<>();
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(p -> p.getFileName().toString().endsWith(".html") && Files.isRegularFile(p))
                    .map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !NOT_EDITIONS.contains(p.substring(0, Math.max(0, p.indexOf('/')))))
                    .forEach(pages::add);
        }
        return pages;
    }
}
