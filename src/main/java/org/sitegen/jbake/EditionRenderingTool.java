package org.sitegen.jbake;

import java.io.File;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;

/**
 * JBake rendering tool (registered in {@code META-INF/services}) that hands the crawled content to our
 * pipeline: link, glossary, regional editions, render through JBake's {@link Renderer}, audit.
 * It does nothing when JBake runs with a store other than ours.
 */
public final class EditionRenderingTool implements RenderingTool {

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        if (!(db instanceof SiteContentStore store)) {
            return 0;
        }
        return store.stage().renderSite(store.records(), store.unloaded(), new JBakePageSink(renderer, config.getDestinationFolder().toPath()));
    }

    @Override
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath, CompositeConfiguration config)
            throws RenderingException {
        return render(renderer, db, null);
    }
}
