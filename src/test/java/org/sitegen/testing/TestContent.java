package org.sitegen.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.sitegen.diagnostics.Diagnostics;
import org.sitegen.load.ContentReader;
import org.sitegen.load.FrontMatterSchema;
import org.sitegen.markdown.MarkdownConverter;
import org.sitegen.model.Article;
import org.sitegen.model.ContentDocument;
import org.sitegen.model.FaqEntry;
import org.sitegen.model.GlossaryEntry;
import org.sitegen.model.Product;
import org.sitegen.model.Region;
import org.sitegen.sanitize.HtmlAllowlist;

/** Loads content records through the real {@link ContentReader}, so unit tests work on what the build would load. */
public final class TestContent {
    /** The project folder (Maven runs tests with the project's base directory as working directory). */
    public static final Path PROJECT = Path.of("").toAbsolutePath();
    /**
     * The sample site the tests build: a frozen copy of the project's {@code content/} in
     * {@code src/test/resources/sites/sample}, so that editors adding content never break a test. Only
     * {@code LiveContentTest} builds {@link #LIVE_CONTENT}. When a change alters what the sample shows, change the copy too.
     */
    public static final Path CONTENT = PROJECT.resolve("src/test/resources/sites/sample");
    /** The project's live content folder, which editors change. */
    public static final Path LIVE_CONTENT = PROJECT.resolve("content");
    /** Site settings for tests that assemble content by hand. */
    public static final org.sitegen.model.SiteSettings SITE =
            new org.sitegen.model.SiteSettings("content/site.md", "Test Site", "en", "", "");

    private static final ContentReader READER =
            new ContentReader(new FrontMatterSchema(), new MarkdownConverter(HtmlAllowlist.article()));

    private TestContent() {
    }

    /** Reads one document from text; fails the test if it does not load cleanly. */
    public static <T extends ContentDocument> T read(String relative, String text, Class<T> type) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<ContentDocument> document = READER.read("content/" + relative, relative, text, diagnostics);
        assertEquals(List.of(), diagnostics.errors(), "errors loading " + relative);
        assertTrue(document.isPresent(), relative);
        return type.cast(document.get());
    }

    public static Article article(String slug, String frontMatter, String body) {
        return read("articles/" + slug + ".md", "---\n" + frontMatter + "\n---\n\n" + body + "\n", Article.class);
    }

    public static FaqEntry faq(String slug, String frontMatter, String body) {
        return read("faq/" + slug + ".md", "---\n" + frontMatter + "\n---\n\n" + body + "\n", FaqEntry.class);
    }

    public static GlossaryEntry glossary(String slug, String frontMatter, String body) {
        return read("glossary/" + slug + ".md", "---\n" + frontMatter + "\n---\n\n" + body + "\n", GlossaryEntry.class);
    }

    /** The regions of the project's sample content. */
    public static List<Region> sampleRegions() {
        return loadFolder("regions", Region.class);
    }

    /** The products of the project's sample content. */
    public static List<Product> sampleProducts() {
        return loadFolder("products", Product.class);
    }

    private static <T extends ContentDocument> List<T> loadFolder(String folder, Class<T> type) {
        try (Stream<Path> files = Files.list(CONTENT.resolve(folder))) {
            // translations (<slug>.<lang>.md) are not records of the folder's kind
            return files.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().matches(".*\\.[a-z]{2,3}\\.md")).sorted()
                    .map(p -> read(folder + "/" + p.getFileName(), readString(p), type)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String readString(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
