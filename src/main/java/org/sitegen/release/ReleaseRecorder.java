package org.sitegen.release;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sitegen.render.PageSink;
import org.sitegen.render.view.HtmlPage;
import org.sitegen.render.view.PageView;

/**
 * A {@link PageSink} that notes what {@code release.json} needs of each HTML page ({@link WrittenPage}) and passes
 * the page on. Thread-safe when its delegate is.
 */
public final class ReleaseRecorder implements PageSink {
    private final PageSink delegate;
    private final Map<String, WrittenPage> written = new ConcurrentHashMap<>();

    public ReleaseRecorder(PageSink delegate) {
        this.delegate = delegate;
    }

    @Override
    public void write(String outputPath, PageView view) throws Exception {
        delegate.write(outputPath, view);
        if (view instanceof HtmlPage page) {
            written.put(outputPath, WrittenPage.of(outputPath, page));
        }
    }

    @Override
    public void writeFile(String outputPath, String content) throws Exception {
        delegate.writeFile(outputPath, content);
    }

    /** Every HTML page written so far. */
    public Collection<WrittenPage> pages() {
        return written.values();
    }
}
