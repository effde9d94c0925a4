package org.sitegen.release;

import java.util.List;
import org.sitegen.render.view.ArticlePage;
import org.sitegen.render.view.FaqPage;
import org.sitegen.render.view.GlossaryPage;
import org.sitegen.render.view.HtmlPage;
import org.sitegen.render.view.StaticPage;

/**
 * What {@code release.json} needs of one written HTML page, taken from its view when it is written, so that a build
 * need not keep every page's view until the end.
 *
 * @param outputPath {@code <edition>/…}, relative to the output root
 * @param title      the page title
 * @param products   the product status lines the page shows, in page order
 * @param kind       which of the content's records the page shows
 * @param slugs      the slug of the article or site page; the entries of the FAQ or glossary page, in page order
 * @param reviewed   an article's last review as shown, or empty
 * @param reviewer   an article's reviewer, or empty
 */
public record WrittenPage(String outputPath, String title, List<ReleaseManifest.Product> products, Kind kind, List<String> slugs,
                          String reviewed, String reviewer) {
    /** Which content a page shows, for its source and its allowed phrases. */
    public enum Kind { ARTICLE, FAQ, GLOSSARY, SITE_PAGE, GENERATED }

    /** The digest of {@code page}, written at {@code outputPath}. */
    public static WrittenPage of(String outputPath, HtmlPage page) {
        List<ReleaseManifest.Product> products = page.layout().disclaimer().products().stream()
                .map(p -> new ReleaseManifest.Product(p.id(), p.status(), p.text())).toList();
        String title = page.layout().page().title();
        if (page instanceof ArticlePage article) {
            return new WrittenPage(outputPath, title, products, Kind.ARTICLE, List.of(article.slug()), article.reviewed(), article.reviewer());
        }
        if (page instanceof FaqPage faq) {
            return new WrittenPage(outputPath, title, products, Kind.FAQ,
                    faq.topics().stream().flatMap(t -> t.entries().stream()).map(FaqPage.Entry::slug).toList(), "", "");
        }
        if (page instanceof GlossaryPage glossary) {
            return new WrittenPage(outputPath, title, products, Kind.GLOSSARY,
                    glossary.letters().stream().flatMap(l -> l.entries().stream()).map(GlossaryPage.Term::slug).toList(), "", "");
        }
        if (page instanceof StaticPage sitePage) {
            return new WrittenPage(outputPath, title, products, Kind.SITE_PAGE, List.of(sitePage.slug()), "", "");
        }
        return new WrittenPage(outputPath, title, products, Kind.GENERATED, List.of(), "", "");
    }
}
