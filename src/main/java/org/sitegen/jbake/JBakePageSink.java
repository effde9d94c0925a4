package org.sitegen.jbake;

import java.util.Map;
import org.jbake.app.Renderer;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.sitegen.render.PageSink;

/** Writes our pages through JBake's {@link Renderer}: the page type picks the Freemarker template. */
final class JBakePageSink implements PageSink {
    private final Renderer renderer;
    private final java.nio.file.Path destination;

    JBakePageSink(Renderer renderer, java.nio.file.Path destination) {
        this.renderer = renderer;
        this.destination = destination;
    }

    @Override
    public void writeFile(String outputPath, String content) throws java.io.IOException {
        java.nio.file.Path file = destination.resolve(outputPath);
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.writeString(file, content, java.nio.charset.StandardCharsets.UTF_8);
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
