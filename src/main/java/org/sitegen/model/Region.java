package org.sitegen.model;

import java.util.Map;
import org.sitegen.load.ProductStatus;

/**
 * A region, published as its own edition: {@code content/regions/<code>.md}.
 *
 * @param products   status per product id; an unlisted product is not available
 * @param policy     what happens to a page that discusses a product not available here
 * @param wording    per product, per status, sentences that override the product's own
 * @param disclaimerHtml the regulatory disclaimer (the file's body)
 * @param messages   interface strings that replace those of the language's message file
 * @param untranslated what the edition does with a page that has no translation into its language
 * @param outdated   what the edition does with a translation older than its source
 * @param forbiddenPhrases        phrases no page of this edition may contain
 * @param investigationalPhrases  phrases no page of this edition may contain that discusses a product investigational here
 */
public record Region(String code, String path, String name, String lang, boolean isDefault,
                     Map<String, ProductStatus> products, UnavailablePolicy policy,
                     Map<String, Map<String, String>> wording, String disclaimerHtml, KeyLines lines,
                     Map<String, String> messages, UntranslatedPolicy untranslated, OutdatedPolicy outdated,
                     java.util.List<String> forbiddenPhrases, java.util.List<String> investigationalPhrases)
        implements ContentDocument {
    /** A region without phrase lists (tests). */
    public Region(String code, String path, String name, String lang, boolean isDefault, Map<String, ProductStatus> products,
                  UnavailablePolicy policy, Map<String, Map<String, String>> wording, String disclaimerHtml, KeyLines lines,
                  Map<String, String> messages, UntranslatedPolicy untranslated, OutdatedPolicy outdated) {
        this(code, path, name, lang, isDefault, products, policy, wording, disclaimerHtml, lines, messages, untranslated, outdated,
                java.util.List.of(), java.util.List.of());
    }

    public ProductStatus statusOf(String productId) {
        return products.getOrDefault(productId, ProductStatus.NOT_AVAILABLE);
    }

    /** What an edition does with a page not translated into its language. */
    public enum UntranslatedPolicy {
        /** Published in the source language, with a notice. */
        SOURCE,
        /** Left out of the edition. */
        OMIT
    }

    /** What an edition does with a translation whose source changed since it was made. */
    public enum OutdatedPolicy {
        /** The translation is published with a notice and a link to the current source-language version. */
        NOTICE,
        /** The source-language version is published instead, as for an untranslated page. */
        SOURCE,
        /** The build fails. */
        FAIL
    }

    /** Named behaviours for pages about a product a region does not have. */
    public enum UnavailablePolicy {
        /** The page is left out of the edition. */
        OMIT,
        /** The page is published with a prominent notice. */
        NOTICE
    }
}
