package org.sitegen.jbake;

import java.util.Map;
import org.jbake.app.Renderer;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.sitegen.render.PageSink;

/** Writes our pages through JBake's {@link Renderer}: the page type picks the Freemarker template. */
final class JBakePageSink implements PageSink {
    private final Renderer renderer;

    JBakePageSink(Renderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public void write(String outputPath, String pageType, Map<String, Object> model) throws Exception {
        DocumentModel document = new DocumentModel();
        document.putAll(model);
        document.setType(pageType);
        document.setStatus(ModelAttributes.Status.PUBLISHED);
        document.setUri(outputPath);
        renderer.render(document);
    }
}
