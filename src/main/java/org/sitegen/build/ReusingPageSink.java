package org.sitegen.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.sitegen.render.PageSink;

/**
 * A {@link PageSink} that, when a page's model is the same as in the previous build and the templates did not
 * change, links the previously written file into the new output instead of rendering it again.
 */
final class ReusingPageSink implements PageSink {
    private final PageSink delegate;
    private final Map<String, Map<String, Object>> previous;
    private final Path previousOutput;
    private final Path destination;
    private final Map<String, Map<String, Object>> current = new java.util.concurrent.ConcurrentHashMap<>();
    private final Set<String> reused = java.util.concurrent.ConcurrentHashMap.newKeySet();

    ReusingPageSink(PageSink delegate, Map<String, Map<String, Object>> previous, Path previousOutput, Path destination) {
        this.delegate = delegate;
        this.previous = previous;
        this.previousOutput = previousOutput;
        this.destination = destination;
    }

    @Override
    public void write(String outputPath, String pageType, Map<String, Object> model) throws Exception {
        current.put(outputPath, model);
        Path old = previousOutput.resolve(outputPath);
        if (model.equals(previous.get(outputPath)) && Files.isRegularFile(old) && link(old, destination.resolve(outputPath))) {
            reused.add(outputPath);
            return;
        }
        delegate.write(outputPath, pageType, model);
    }

    @Override
    public void writeFile(String outputPath, String content) throws Exception {
        delegate.writeFile(outputPath, content);
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

    Map<String, Map<String, Object>> models() {
        return current;
    }

    /** Output paths taken over unchanged from the previous build. */
    Set<String> reused() {
        return reused;
    }
}
