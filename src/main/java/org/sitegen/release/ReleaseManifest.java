package org.sitegen.release;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What one edition published: {@code <output>/<edition>/release.json}. Null strings become empty and null lists
 * empty; pages are kept sorted by path, so the same pages always give the same file.
 *
 * @param edition          the region code, e.g. {@code us}
 * @param regionName       the region's name, e.g. {@code United States}
 * @param disclaimerSha256 SHA-256 (lowercase hex) of the UTF-8 bytes of {@code disclaimerText}
 * @param disclaimerText   the visible text of the region's disclaimer
 * @param pages            every HTML page of the edition
 */
@JsonPropertyOrder({"edition", "regionName", "disclaimerSha256", "disclaimerText", "pages"})
public record ReleaseManifest(String edition, String regionName, String disclaimerSha256, String disclaimerText, List<Page> pages) {
    /** The file name inside an edition folder. */
    public static final String FILE_NAME = "release.json";

    public ReleaseManifest {
        edition = orEmpty(edition);
        regionName = orEmpty(regionName);
        disclaimerSha256 = orEmpty(disclaimerSha256);
        disclaimerText = orEmpty(disclaimerText);
        pages = pages == null ? List.of() : pages.stream().filter(Objects::nonNull).sorted(Comparator.comparing(Page::path)).toList();
    }

    /**
     * One published page.
     *
     * @param path         output path relative to the edition folder, e.g. {@code articles/neuromodulation/index.html}
     * @param source       content path, e.g. {@code content/articles/neuromodulation.md}; empty for generated pages
     * @param sha256       SHA-256 (lowercase hex) of the page's HTML bytes as written
     * @param title        the page title
     * @param reviewed     last medical review, {@code YYYY-MM-DD}, or empty
     * @param nextReview   next review due, {@code YYYY-MM-DD}, or empty
     * @param reviewer     who reviewed it, or empty
     * @param products     the product status lines the page shows, in page order
     * @param allowPhrases the page's {@code allow_phrases}
     */
    @JsonPropertyOrder({"path", "source", "sha256", "title", "reviewed", "nextReview", "reviewer", "products", "allowPhrases"})
    public record Page(String path, String source, String sha256, String title, String reviewed, String nextReview, String reviewer,
                       List<Product> products, List<String> allowPhrases) {
        public Page {
            path = orEmpty(path);
            source = orEmpty(source);
            sha256 = orEmpty(sha256);
            title = orEmpty(title);
            reviewed = orEmpty(reviewed);
            nextReview = orEmpty(nextReview);
            reviewer = orEmpty(reviewer);
            products = products == null ? List.of() : products.stream().filter(Objects::nonNull).toList();
            allowPhrases = allowPhrases == null ? List.of() : allowPhrases.stream().map(ReleaseManifest::orEmpty).toList();
        }

        /** This page at another path. */
        public Page withPath(String newPath) {
            return new Page(newPath, source, sha256, title, reviewed, nextReview, reviewer, products, allowPhrases);
        }

        /** This page with another title. */
        public Page withTitle(String newTitle) {
            return new Page(path, source, sha256, newTitle, reviewed, nextReview, reviewer, products, allowPhrases);
        }

        /** This page with other allowed phrases. */
        public Page withAllowPhrases(List<String> phrases) {
            return new Page(path, source, sha256, title, reviewed, nextReview, reviewer, products, phrases);
        }
    }

    /**
     * One product status line as the page shows it.
     *
     * @param id     the product id
     * @param status {@code approved}, {@code investigational} or {@code not-available}
     * @param text   the visible sentence
     */
    @JsonPropertyOrder({"id", "status", "text"})
    public record Product(String id, String status, String text) {
        public Product {
            id = orEmpty(id);
            status = orEmpty(status);
            text = orEmpty(text);
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
