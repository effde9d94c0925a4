package org.sitegen.jbake;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.jbake.parser.MarkupEngine;
import org.sitegen.diagnostics.Diagnostics;
import org.sitegen.load.ContentReader;
import org.sitegen.load.DocumentKind;
import org.sitegen.model.Article;
import org.sitegen.model.ContentDocument;
import org.sitegen.model.Page;

/**
 * JBake markup engine for our {@code .md} files: YAML front matter checked against our schema and the body
 * rendered by the shared Flexmark configuration. The typed record travels in the JBake document model
 * under {@link #RECORD}; problems go to the build's diagnostics instead of JBake's log.
 */
public final class FrontMatterMarkdownEngine extends MarkupEngine {
    /** Key of the typed {@link ContentDocument} inside a JBake document model. */
    public static final String RECORD = "sitegen.record";

    private final ContentReader reader;
    private final Path contentRoot;
    private final Diagnostics diagnostics;

    public FrontMatterMarkdownEngine(ContentReader reader, Path contentRoot, Diagnostics diagnostics) {
        this.reader = reader;
        this.contentRoot = contentRoot.toAbsolutePath().normalize();
        this.diagnostics = diagnostics;
    }

    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        Path path = file.toPath().toAbsolutePath().normalize();
        String relative = contentRoot.relativize(path).toString().replace(File.separatorChar, '/');
        String shown = DisplayPaths.of(path);
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            diagnostics.error(shown, 0, "cannot read file: " + e.getMessage());
            return null;
        }
        Optional<DocumentKind> kind = DocumentKind.of(relative);
        Optional<ContentDocument> record = reader.read(shown, relative, text, diagnostics);
        if (kind.isEmpty()) {
            return null;
        }
        DocumentModel model = DocumentModel.createDefaultDocumentModel();
        model.setType(kind.get().jbakeType());
        model.setStatus(ModelAttributes.Status.PUBLISHED);
        model.setDate(new Date(0));
        record.ifPresent(r -> {
            model.put(RECORD, r);
            if (r instanceof Page page) {
                model.setTitle(page.title());
                model.setStatus(page.draft() ? ModelAttributes.Status.DRAFT : ModelAttributes.Status.PUBLISHED);
            }
            if (r instanceof Article article) {
                model.setDate(Date.from(article.date().atStartOfDay().toInstant(ZoneOffset.UTC)));
                model.setTags(article.tags().toArray(String[]::new));
            }
        });
        return model;
    }
}
