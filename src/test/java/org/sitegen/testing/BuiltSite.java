package org.sitegen.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A written site read back: every HTML page parsed once, and hrefs resolved the way a browser does. */
public final class BuiltSite {
    private static final Pattern EXTERNAL = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*:|//).*");

    private final Path root;
    private final Map<String, Document> pages = new TreeMap<>();

    public BuiltSite(Path root) {
        this.root = root;
        for (String file : files()) {
            if (file.endsWith(".html")) {
                pages.put(file, Jsoup.parse(read(file), "https://site.test/" + file));
            }
        }
    }

    public Path root() {
        return root;
    }

    /** Every file under the root, '/'-separated and relative, sorted. */
    public List<String> files() {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String read(String file) {
        try {
            return Files.readString(root.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean exists(String file) {
        return Files.isRegularFile(root.resolve(file));
    }

    /** All HTML pages by relative path. */
    public Map<String, Document> pages() {
        return pages;
    }

    /** The HTML pages of one edition, keyed by path relative to the site root. */
    public Map<String, Document> edition(String code) {
        Map<String, Document> edition = new LinkedHashMap<>();
        pages.forEach((path, document) -> {
            if (path.startsWith(code + "/")) {
                edition.put(path, document);
            }
        });
        return edition;
    }

    public Document page(String file) {
        Document document = pages.get(file);
        if (document == null) {
            throw new AssertionError("no page " + file + " in the output");
        }
        return document;
    }

    /** Where an href points: a file relative to the root, and the fragment (or ""). */
    public record Target(String file, String fragment) {
    }

    public static boolean internal(String href) {
        return !EXTERNAL.matcher(href).matches();
    }

    /**
     * Resolves an internal {@code href} on page {@code from}; empty when it leaves the site root.
     * A directory resolves to its {@code index.html}.
     */
    public static Optional<Target> resolve(String from, String href) {
        URI base = URI.create("https://site.test/" + from);
        URI uri = base.resolve(href);
        String path = uri.getPath();
        if (!"site.test".equals(uri.getHost()) || path.contains("/../") || path.startsWith("/..")) {
            return Optional.empty();
        }
        String file = path.substring(1);
        if (file.isEmpty() || file.endsWith("/")) {
            file += "index.html";
        }
        return Optional.of(new Target(file, uri.getFragment() == null ? "" : uri.getFragment()));
    }
}
