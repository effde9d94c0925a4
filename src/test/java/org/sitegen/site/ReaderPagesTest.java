package org.sitegen.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.diagnostics.Diagnostic;
import org.sitegen.pipeline.BuildOptions;
import org.sitegen.pipeline.BuildResult;
import org.sitegen.pipeline.SiteBuilder;
import org.sitegen.testing.BuiltSite;
import org.sitegen.testing.Folders;
import org.sitegen.testing.TestContent;

/**
 * What readers see around the articles, on the sample site and on small variations of it: site pages (About,
 * Contact…) in every edition and the footer, logo and favicon, the home page's "Start here" and topics, topic
 * names, FAQ questions on topic pages, and the editor errors of these features.
 */
class ReaderPagesTest {
    private static final List<String> EDITIONS = List.of("eu", "intl", "tr", "us");
    private static final List<String> SITE_PAGES = List.of("about", "contact", "editorial-policy", "privacy");

    @TempDir
    static Path temp;
    static BuiltSite site;

    @BeforeAll
    static void build() {
        BuildResult result = new SiteBuilder().build(new BuildOptions(TestContent.PROJECT, TestContent.CONTENT, temp.resolve("site"), false, ""),
                true);
        assertTrue(result.ok(), () -> result.diagnostics().all().toString());
        site = new BuiltSite(temp.resolve("site"));
    }

    /** Builds a copy of the sample content changed by {@code change}; returns the result and, when it built, the site. */
    private static BuildResult buildVariant(String name, ContentChange change) throws IOException {
        Path content = Folders.copy(TestContent.CONTENT, temp.resolve(name + "-content"));
        change.apply(content);
        return new SiteBuilder().build(new BuildOptions(TestContent.PROJECT, content, temp.resolve(name + "-site"), false, ""), true);
    }

    interface ContentChange {
        void apply(Path content) throws IOException;
    }

    private static List<String> errors(BuildResult result) {
        return result.diagnostics().all().stream().filter(d -> d.severity() == org.sitegen.diagnostics.Severity.ERROR)
                .map(d -> d.path() + ":" + d.line() + ": " + d.message()).toList();
    }

    @Test
    void sitePagesArePublishedInEveryEditionAndListedInEveryFooter() {
        for (String code : EDITIONS) {
            for (String slug : SITE_PAGES) {
                Document page = site.page(code + "/" + slug + "/index.html");
                assertEquals(1, page.select("h1").size());
                assertNotNull(page.selectFirst("main div.body[data-body] p"), code + "/" + slug + " has its body");
                assertEquals(1, page.select("aside#regulatory-disclaimer").size(), "a site page carries the disclaimer too");
            }
            // the Türkiye edition shows the pages' translations, in Turkish alphabetical order
            List<String> titles = code.equals("tr") ? List.of("Bu site hakkında", "Gizlilik", "İletişim", "Yayın ilkeleri")
                    : List.of("About this site", "Contact", "Editorial policy", "Privacy");
            site.edition(code).forEach((path, document) -> {
                List<String> footer = document.select("footer nav.footer-nav a").eachText();
                assertEquals(titles, footer, path);
                assertTrue(document.select("footer nav.footer-nav a[lang]").isEmpty(), path);
                assertTrue(document.selectFirst("footer .owner").text().contains("Sitegen Sample Publishing"), path);
                assertEquals(1, document.select("link[rel=icon][type=image/svg+xml]").size(), path);
                Element logo = document.selectFirst("header .site-title img.logo");
                assertNotNull(logo, path);
                assertEquals("", logo.attr("alt"), "the logo is decoration: the site title beside it names the link");
                for (String asset : List.of(document.selectFirst("link[rel=icon]").attr("href"), logo.attr("src"))) {
                    String file = BuiltSite.resolve(path, asset).orElseThrow().file();
                    assertTrue(site.exists(file), path + " -> " + asset);
                }
            });
            Document about = site.page(code + "/about/index.html");
            assertEquals(List.of(titles.get(0)), about.select("footer a[aria-current=page]").eachText(), "the footer marks the page shown");
            String sitemap = site.read(code + "/sitemap.xml");
            SITE_PAGES.forEach(slug -> assertTrue(sitemap.contains("<loc>" + code + "/" + slug + "/</loc>"), code + " " + slug));
        }
    }

    @Test
    void sitePageLinksResolveBetweenSitePages() {
        Document about = site.page("eu/about/index.html");
        assertEquals("../editorial-policy/", about.selectFirst("div.body a:containsOwn(editorial policy)").attr("href"));
    }

    @Test
    void sitePageFollowsRegionRulesAndAReservedNameIsAnError() throws IOException {
        BuildResult regional = buildVariant("regional", content -> {
            Path file = content.resolve("pages/privacy.md");
            Files.writeString(file, Files.readString(file).replaceFirst("\n---\n", "\nregions: [eu]\n---\n"));
        });
        assertTrue(regional.ok(), () -> regional.diagnostics().all().toString());
        BuiltSite built = new BuiltSite(temp.resolve("regional-site"));
        assertTrue(built.exists("eu/privacy/index.html"));
        assertFalse(built.exists("us/privacy/index.html"));
        assertFalse(built.page("us/index.html").select("footer a").eachText().contains("Privacy"));

        BuildResult reserved = buildVariant("reserved", content -> Files.writeString(content.resolve("pages/faq.md"),
                "---\ntitle: Questions\nsummary: A page whose name is a folder of every edition.\n---\n\nText.\n"));
        assertTrue(errors(reserved).stream().anyMatch(e -> e.endsWith("pages/faq.md:0: page name 'faq' is reserved for a folder of the "
                + "output (articles, assets, css, faq, fonts, glossary, images, img, js, media, search, tags): rename the file")),
                errors(reserved).toString());
        assertEquals(1, errors(reserved).size(), errors(reserved).toString());
    }

    @Test
    void homeStartsWithTheFeaturedArticlesAndShowsEachArticleOnce() {
        for (String code : EDITIONS) {
            Document home = site.page(code + "/index.html");
            assertEquals(List.of("articles/what-is-interventional-pain-management/", "articles/pain-ladder-and-multidisciplinary-care/"),
                    home.select("section.start-here .card a").eachAttr("href"), code + ": featured: 1, then 2");
            List<String> cards = home.select(".card a").eachAttr("href");
            assertEquals(new HashSet<>(cards).size(), cards.size(), code + ": no card twice " + cards);
            Set<String> articles = new HashSet<>();
            site.edition(code).keySet().stream().filter(p -> p.startsWith(code + "/articles/"))
                    .forEach(p -> articles.add("articles/" + p.split("/")[2] + "/"));
            assertEquals(articles, new HashSet<>(cards), code + ": every article of the edition has its one card");
            for (Element card : home.select(".card")) {
                assertEquals(1, card.select("a, button, input, details, summary").size(), "one link per card: " + card);
            }
            List<String> questions = home.select("ul.questions a").eachAttr("href");
            assertEquals(new HashSet<>(questions).size(), questions.size(), code + ": each question once " + questions);
        }
    }

    @Test
    void topicsAreNamedForReadersAndListTheirQuestions() {
        Document home = site.page("eu/index.html");
        List<String> names = home.select("section.topic-group h2").eachText();
        assertTrue(names.containsAll(List.of("Basics", "Candidacy", "Procedures", "Safety and recovery")), names.toString());
        names.forEach(n -> assertTrue(Character.isUpperCase(n.charAt(0)), "a display name, not a slug: " + n));
        Document procedures = site.page("eu/tags/procedures/index.html");
        assertEquals("Procedures", procedures.selectFirst("h1").text());
        assertTrue(procedures.title().startsWith("Procedures | "), procedures.title());
        assertEquals("Procedures", procedures.select("nav.breadcrumbs li").last().text());
        assertFalse(procedures.select("ul.questions a[href^='../../faq/#']").isEmpty(), "FAQ entries of the topic are on its page");
        Document safety = site.page("eu/tags/safety-and-recovery/index.html");
        assertEquals("Safety and recovery", safety.selectFirst("h1").text(), "a topic only FAQ entries have gets a page too");
        assertTrue(site.page("eu/tags/index.html").select("ul.tag-list a").eachText().contains("Safety and recovery"));
        assertEquals(List.of("Basics", "Procedures", "Candidacy"),
                site.page("eu/articles/what-is-interventional-pain-management/index.html").select("p.tags a").eachText(),
                "an article names its topics by their display names");
    }

    @Test
    void siteSettingsRenameATopicAndAFeaturedValueIsChecked() throws IOException {
        BuildResult renamed = buildVariant("renamed", content -> {
            Path file = content.resolve("site.md");
            Files.writeString(file, Files.readString(file).replaceFirst("\n---\n", "\ntopics:\n  risks: Risks and side effects\n---\n"));
        });
        assertTrue(renamed.ok(), () -> renamed.diagnostics().all().toString());
        BuiltSite built = new BuiltSite(temp.resolve("renamed-site"));
        assertEquals("Risks and side effects", built.page("us/tags/risks/index.html").selectFirst("h1").text());

        BuildResult zero = buildVariant("featured-zero", content -> {
            Path file = content.resolve("articles/neuromodulation.md");
            Files.writeString(file, Files.readString(file).replaceFirst("\ntags:", "\nfeatured: 0\ntags:"));
        });
        List<String> errors = new ArrayList<>(errors(zero));
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).endsWith("articles/neuromodulation.md:7: 'featured' must be a whole number from 1, e.g. featured: 1"),
                errors.get(0));
    }

    @Test
    void disclaimerHeadingNamesTheEdition() {
        assertEquals("Important information: United States edition",
                site.page("us/index.html").selectFirst("aside#regulatory-disclaimer h2").text());
    }
}
