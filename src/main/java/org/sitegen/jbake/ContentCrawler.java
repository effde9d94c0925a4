package org.sitegen.jbake;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jbake.app.Crawler;
import org.jbake.app.Parser;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;

/**
 * JBake crawler for our content folder. Each {@code .md} file goes through JBake's {@link Parser} (and so
 * through our registered engine); a file whose size and modification time are unchanged since the previous
 * crawl is not read again, which keeps preview rebuilds proportional to what changed.
 */
final class ContentCrawler extends Crawler {
    private final SiteContentStore store;
    private final Parser parser;
    private final Path root;
    private final Map<String, Stamp> stamps = new HashMap<>();
    private int parsed;

    ContentCrawler(SiteContentStore store, JBakeConfiguration config) {
        super(store, config);
        this.store = store;
        this.parser = new Parser(config);
        this.root = config.getContentFolder().toPath().toAbsolutePath().normalize();
    }

    /** Files parsed by the last crawl (the others were unchanged). */
    int parsedLastCrawl() {
        return parsed;
    }

    @Override
    public void crawl() {
        Set<String> seen = new HashSet<>();
        List<Changed> changed = new java.util.ArrayList<>();
        for (Path file : markdownFiles()) {
            String uri = root.relativize(file).toString().replace(File.separatorChar, '/');
            seen.add(uri);
            Stamp stamp = Stamp.of(file);
            if (!stamp.equals(stamps.get(uri)) || !store.contains(uri)) {
                changed.add(new Changed(uri, file, stamp));
            }
        }
        // parsing is independent per file (the engine and Flexmark are thread-safe); results are stored in file order
        List<DocumentModel> documents = changed.parallelStream().map(c -> parser.processFile(c.file().toFile())).toList();
        for (int i = 0; i < changed.size(); i++) {
            store.put(changed.get(i).uri(), documents.get(i));
            stamps.put(changed.get(i).uri(), changed.get(i).stamp());
        }
        parsed = changed.size();
        for (String uri : Set.copyOf(stamps.keySet())) {
            if (!seen.contains(uri)) {
                stamps.remove(uri);
                store.remove(uri);
            }
        }
    }

    @Override
    public void crawlDataFiles() {
        // the site has no JBake data files
    }

    private List<Path> markdownFiles() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Changed(String uri, Path file, Stamp stamp) {
    }

    private record Stamp(long size, long modified) {
        static Stamp of(Path file) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                return new Stamp(attributes.size(), attributes.lastModifiedTime().toMillis());
            } catch (IOException e) {
                return new Stamp(-1, -1);
            }
        }
    }
}
