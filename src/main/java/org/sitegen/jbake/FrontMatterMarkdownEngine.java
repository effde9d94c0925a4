package org.sitegen.jbake;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;
import org.sitegen.diagnostics.Diagnostics;
import org.sitegen.diagnostics.DisplayPaths;
import org.sitegen.load.ContentReader;
import org.sitegen.load.DocumentKind;
import org.sitegen.load.SourceFile;
import org.sitegen.load.SourceText;
import org.sitegen.model.ContentDocument;

/**
 * JBake markup engine for our {@code .md} files, registered once for the extension {@code md}: YAML front matter
 * checked against our schema and the body rendered by the shared Flexmark configuration. It keeps nothing
 * between files; the result travels in the JBake document model as a {@link SourceFile} under {@link #SOURCE}.
 */
final class FrontMatterMarkdownEngine extends MarkupEngine {
    /** Key of the {@link SourceFile} inside a JBake document model. */
    static final String SOURCE = "sitegen.source";

    private final ContentReader reader;

    FrontMatterMarkdownEngine(ContentReader reader) {
        this.reader = reader;
    }

    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        Path contentRoot = config.getContentFolder().toPath().toAbsolutePath().normalize();
        Path path = file.toPath().toAbsolutePath().normalize();
        String relative = contentRoot.relativize(path).toString().replace(File.separatorChar, '/');
        DocumentModel model = DocumentModel.createDefaultDocumentModel();
        model.setSourceUri(relative);
        model.setType(DocumentKind.of(relative).map(DocumentKind::jbakeType).orElse("misplaced"));
        model.put(SOURCE, read(path, relative));
        return model;
    }

    private SourceFile read(Path path, String relative) {
        String shown = DisplayPaths.of(path);
        Diagnostics diagnostics = new Diagnostics();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            diagnostics.error(shown, 0, "cannot read file: " + e.getMessage());
            return new SourceFile(relative, "", Optional.empty(), diagnostics);
        }
        String hash = SourceText.sha256(bytes);
        Optional<String> text = SourceText.decode(bytes);
        if (text.isEmpty()) {
            diagnostics.error(shown, SourceText.firstBadLine(bytes), "the file is not UTF-8 text: save it as UTF-8");
            return new SourceFile(relative, hash, Optional.empty(), diagnostics);
        }
        try {
            Optional<ContentDocument> record = reader.read(shown, relative, text.get(), diagnostics);
            return new SourceFile(relative, hash, record, diagnostics);
        } catch (StackOverflowError e) {
            diagnostics.error(shown, 0, "the file is nested too deeply (lists, quotes or HTML elements inside each other): flatten it");
        } catch (RuntimeException e) {
            diagnostics.error(shown, 0, "internal error while reading this file, please report it: " + e);
        }
        return new SourceFile(relative, hash, Optional.empty(), diagnostics);
    }
}
