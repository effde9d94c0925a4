package org.sitegen.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.sitegen.render.PageSink;
import org.sitegen.render.view.PageView;

/**
 * A {@link PageSink} that, when a page's view equals the one of the previous build (records compare by value),
 * links the previously written file into the new output instead of rendering it again. With no previous views
 * (a one-off build, or changed templates) every page is rendered.
 */
final class ReusingPageWriter implements PageSink {
    private final PageSink delegate;
    private final Map<String, PageView> previous;
    private final Path previousOutput;
    private final Path destination;
    private final Map<String, PageView> current = new ConcurrentHashMap<>();
    private final Set<String> reused = ConcurrentHashMap.newKeySet();
    private final boolean keepViews;
    private final StageTimer timer;

    /**
     * @param keepViews whether {@link #views()} keeps every page's view for the next build (the preview's)
     * @param timer     stops the writing when a newer change superseded the build
     */
    ReusingPageWriter(PageSink delegate, Map<String, PageView> previous, Path previousOutput, Path destination, boolean keepViews,
                      StageTimer timer) {
        this.delegate = delegate;
        this.keepViews = keepViews;
        this.timer = timer;
        this.previous = previous;
        this.previousOutput = previousOutput;
        this.destination = destination;
    }

    @Override
    public void write(String outputPath, PageView view) throws Exception {
        timer.checkCurrent();
        if (keepViews) {
            current.put(outputPath, view);
        }
        Path old = previousOutput.resolve(outputPath);
        if (view.equals(previous.get(outputPath)) && Files.isRegularFile(old) && link(old, destination.resolve(outputPath))) {
            reused.add(outputPath);
            return;
        }
        delegate.write(outputPath, view);
    }

    /**
     * A file the previous build wrote with the same bytes (most of the search index: one fragment per page) is linked,
     * not written again: a build of unchanged content then neither allocates a file nor, once the previous site is
     * deleted, frees one for each of them, which is most of a large site's file-system work.
     */
    @Override
    public void writeFile(String outputPath, String content) throws Exception {
        timer.checkCurrent();
        Path old = previousOutput.resolve(outputPath);
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (sameBytes(old, bytes) && link(old, destination.resolve(outputPath))) {
            return;
        }
        delegate.writeFile(outputPath, content);
    }

    private static boolean sameBytes(Path file, byte[] bytes) {
        try {
            return Files.isRegularFile(file) && Files.size(file) == bytes.length && Arrays.equals(Files.readAllBytes(file), bytes);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean link(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            try {
                Files.createLink(to, from);
            } catch (UnsupportedOperationException | IOException e) {
                Files.copy(from, to);
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The view of every page written, when kept; else empty. */
    Map<String, PageView> views() {
        return current;
    }

    /** Output paths taken over unchanged from the previous build. */
    Set<String> reused() {
        return reused;
    }
}
