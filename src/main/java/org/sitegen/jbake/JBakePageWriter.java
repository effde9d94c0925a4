package org.sitegen.jbake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.sitegen.render.PageSink;
import org.sitegen.render.view.PageView;

/**
 * Writes our pages through JBake's {@link Renderer}: the view's type picks the template in {@code jbake.properties},
 * and {@link RecordTemplateEngine} runs it on the view record. No content store is involved.
 */
public final class JBakePageWriter implements PageSink {
    private final Renderer renderer;
    private final Path destination;

    public JBakePageWriter(JBakeConfiguration config) {
        this.renderer = new Renderer(null, config, new RecordTemplateEngine(config));
        this.destination = config.getDestinationFolder().toPath();
    }

    @Override
    public void writeFile(String outputPath, String content) throws IOException {
        Path file = destination.resolve(outputPath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    @Override
    public void write(String outputPath, PageView view) throws Exception {
        DocumentModel document = new DocumentModel();
        document.setType(view.type());
        document.setStatus(ModelAttributes.Status.PUBLISHED);
        document.setUri(outputPath);
        document.put(RecordTemplateEngine.VIEW, view);
        try {
            renderer.render(document);
        } catch (Exception e) {
            // JBake wraps the engine's exception; ours carries the one line editors need
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof TemplateProblem problem) {
                    throw problem;
                }
            }
            throw e;
        }
    }
}
