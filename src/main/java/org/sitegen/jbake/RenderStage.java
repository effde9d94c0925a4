package org.sitegen.jbake;

import java.util.List;
import org.sitegen.model.ContentDocument;
import org.sitegen.render.PageSink;

/** What JBake hands the crawled content to: the rest of our pipeline. Returns the number of pages written. */
public interface RenderStage {
    /**
     * @param documents the records of every file that loaded without errors
     * @param unloaded  pages whose files exist but did not load (their errors are already reported): links to them
     *                  are not reported again as links to unknown pages
     */
    int renderSite(List<ContentDocument> documents, java.util.Set<org.sitegen.model.PageId> unloaded, PageSink sink);
}
