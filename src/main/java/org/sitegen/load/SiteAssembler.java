package org.sitegen.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sitegen.diagnostics.Diagnostics;
import org.sitegen.diagnostics.DisplayPaths;
import org.sitegen.model.Article;
import org.sitegen.model.ContentDocument;
import org.sitegen.model.FaqEntry;
import org.sitegen.model.GlossaryEntry;
import org.sitegen.model.MedicalDisclaimer;
import org.sitegen.model.Product;
import org.sitegen.model.Region;
import org.sitegen.model.SiteContent;
import org.sitegen.model.SitePage;
import org.sitegen.model.SiteSettings;

/** Sorts the loaded records into one {@link SiteContent}, each list by slug or code, and checks the required files. */
public final class SiteAssembler {
    private SiteAssembler() {
    }

    public static SiteContent assemble(List<ContentDocument> documents, Path contentFolder, Diagnostics diagnostics) {
        List<Article> articles = new ArrayList<>();
        List<FaqEntry> faq = new ArrayList<>();
        List<GlossaryEntry> glossary = new ArrayList<>();
        List<Region> regions = new ArrayList<>();
        List<Product> products = new ArrayList<>();
        List<SitePage> pages = new ArrayList<>();
        MedicalDisclaimer medical = null;
        SiteSettings site = null;
        for (ContentDocument document : documents) {
            if (document instanceof Article a) {
                articles.add(a);
            } else if (document instanceof FaqEntry f) {
                faq.add(f);
            } else if (document instanceof GlossaryEntry g) {
                glossary.add(g);
            } else if (document instanceof Region r) {
                regions.add(r);
            } else if (document instanceof SitePage p) {
                pages.add(p);
            } else if (document instanceof Product p) {
                products.add(p);
            } else if (document instanceof MedicalDisclaimer m) {
                medical = m;
            } else if (document instanceof SiteSettings s) {
                site = s;
            }
        }
        boolean broken = diagnostics.hasErrors();
        if (medical == null && !broken && !exists(contentFolder, DocumentKind.MEDICAL_DISCLAIMER_FILE)) {
            diagnostics.error(DisplayPaths.of(contentFolder.resolve(DocumentKind.MEDICAL_DISCLAIMER_FILE)), 0,
                    "missing the site-wide medical disclaimer: create content/medical-disclaimer.md");
        }
        if (site == null && !exists(contentFolder, DocumentKind.SITE_FILE)) {
            diagnostics.error(DisplayPaths.of(contentFolder.resolve(DocumentKind.SITE_FILE)), 0,
                    "missing the site settings: create content/site.md with at least 'title: <the site's name>' in its front matter");
        }
        if (site == null) {
            site = new SiteSettings(DisplayPaths.of(contentFolder.resolve(DocumentKind.SITE_FILE)), "", "en", "", "");
        }
        articles.sort(Comparator.comparing(Article::slug));
        faq.sort(Comparator.comparing(FaqEntry::slug));
        glossary.sort(Comparator.comparing(GlossaryEntry::slug));
        regions.sort(Comparator.comparing(Region::code));
        products.sort(Comparator.comparing(Product::id));
        pages.sort(Comparator.comparing(SitePage::slug));
        return new SiteContent(site, articles, faq, glossary, regions, products, Optional.ofNullable(medical), pages);
    }

    private static boolean exists(Path folder, String file) {
        return java.nio.file.Files.exists(folder.resolve(file));
    }
}
