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
 * under {@link #RECORD} and the file's problems under {@link #DIAGNOSTICS}, so that a document kept from
 * an earlier build reports them again without being re-read.
 */
public final class FrontMatterMarkdownEngine extends MarkupEngine {
    /** Key of the typed {@link ContentDocument} inside a JBake document model. */
    public static final String RECORD = "sitegen.record";
    /** Key of the file's {@link Diagnostics} inside a JBake document model. */
    public static final String DIAGNOSTICS = "sitegen.diagnostics";
    /** JBake type of a file outside the known content folders (it only carries its error). */
    public static final String MISPLACED = "misplaced";

    private final ContentReader reader;
    private final Path contentRoot;

    public FrontMatterMarkdownEngine(ContentReader reader, Path contentRoot) {
        this.reader = reader;
        this.contentRoot = contentRoot.toAbsolutePath().normalize();
    }

    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        Path path = file.toPath().toAbsolutePath().normalize();
        String relative = contentRoot.relativize(path).toString().replace(File.separatorChar, '/');
        String shown = DisplayPaths.of(path);
        Diagnostics diagnostics = new Diagnostics();
        DocumentModel model = DocumentModel.createDefaultDocumentModel();
        model.put(DIAGNOSTICS, diagnostics);
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            diagnostics.error(shown, 0, "cannot read file: " + e.getMessage());
            model.setType(MISPLACED);
            return model;
        }
        Optional<DocumentKind> kind = DocumentKind.of(relative);
        Optional<ContentDocument> record = reader.read(shown, relative, text, diagnostics);
        model.setType(kind.map(DocumentKind::jbakeType).orElse(MISPLACED));
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
