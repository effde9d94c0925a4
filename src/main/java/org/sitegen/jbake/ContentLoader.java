package org.sitegen.jbake;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jbake.app.Parser;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.sitegen.diagnostics.Diagnostics;
import org.sitegen.diagnostics.DisplayPaths;
import org.sitegen.load.ContentFolderWalk;
import org.sitegen.load.LoadedContent;
import org.sitegen.load.SourceFile;

/**
 * The load stage: lists the content folder and sends each Markdown file through JBake's {@link Parser}, which
 * hands it to our registered engine. A loader kept across builds (the preview server) re-reads only files whose
 * size or modification time changed; what later stages cache is keyed on each file's content hash.
 */
public final class ContentLoader {
    private final Map<String, Loaded> previous = new HashMap<>();
    private int parsedLastLoad;

    /** Files read by the last load (the others were unchanged). */
    public int parsedLastLoad() {
        return parsedLastLoad;
    }

    public LoadedContent load(JBakeConfiguration config) {
        MarkdownEngineRegistration.ensure();
        Path root = config.getContentFolder().toPath();
        Diagnostics folder = new Diagnostics();
        List<Path> files = ContentFolderWalk.markdownFiles(root, folder);
        Parser parser = new Parser(config);
        List<Loaded> loaded = files.parallelStream().map(file -> {
            String relative = root.relativize(file).toString().replace(File.separatorChar, '/');
            Stamp stamp = Stamp.of(file);
            Loaded known = previous.get(relative);
            if (known != null && known.stamp().equals(stamp) && stamp.size() >= 0) {
                return known;
            }
            return new Loaded(relative, stamp, parse(parser, file, relative), true);
        }).toList();
        previous.clear();
        List<SourceFile> sources = new ArrayList<>();
        int parsed = 0;
        for (Loaded l : loaded) {
            previous.put(l.relative(), new Loaded(l.relative(), l.stamp(), l.file(), false));
            sources.add(l.file());
            parsed += l.fresh() ? 1 : 0;
        }
        parsedLastLoad = parsed;
        return new LoadedContent(sources, folder);
    }

    /**
     * One content file read and parsed, as {@link #load} reads each (the preview's rebuild of one edited page); what
     * this loader remembers for the next whole load is left as it is.
     */
    public SourceFile loadOne(JBakeConfiguration config, Path file) {
        MarkdownEngineRegistration.ensure();
        Path root = config.getContentFolder().toPath();
        return parse(new Parser(config), file, root.relativize(file).toString().replace(File.separatorChar, '/'));
    }

    private static SourceFile parse(Parser parser, Path file, String relative) {
        DocumentModel model = parser.processFile(file.toFile());
        Object source = model == null ? null : model.get(FrontMatterMarkdownEngine.SOURCE);
        if (!(source instanceof SourceFile sourceFile)) {
            Diagnostics problem = new Diagnostics();
            problem.error(DisplayPaths.of(file), 0, "JBake has no markup engine for this file");
            return new SourceFile(relative, "", Optional.empty(), problem);
        }
        return sourceFile;
    }

    private record Loaded(String relative, Stamp stamp, SourceFile file, boolean fresh) {
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
