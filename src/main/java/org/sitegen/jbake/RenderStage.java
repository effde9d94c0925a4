package org.sitegen.jbake;

import java.util.List;
import org.sitegen.model.ContentDocument;
import org.sitegen.render.PageSink;

/** What JBake hands the crawled content to: the rest of our pipeline. Returns the number of pages written. */
public interface RenderStage {
    int renderSite(List<ContentDocument> documents, PageSink sink);
}
