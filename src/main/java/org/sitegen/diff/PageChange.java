package org.sitegen.diff;

import java.util.List;

/**
 * What changed on one page that both sites have.
 *
 * @param source       the content file, when release.json says
 * @param fields       title, review dates, reviewer, allowed phrases
 * @param body         word diff of the visible text of {@code <main>}
 * @param disclaimer   word diff of the page's disclaimer, when it differs from the edition's disclaimer change
 * @param products     product lines that appeared or disappeared (status changes are {@link ProductCallout}s)
 * @param allowPhrases the new page's {@code allow_phrases}, when release.json says
 */
public record PageChange(String path, String source, List<FieldChange> fields, List<WordHunk> body, List<WordHunk> disclaimer,
                         List<ProductChange> products, List<String> allowPhrases) {
    /** Whether nothing is left to itemise (every change was called out for the edition). */
    public boolean isEmpty() {
        return fields.isEmpty() && body.isEmpty() && disclaimer.isEmpty() && products.isEmpty();
    }

    public PageChange withProducts(List<ProductChange> kept) {
        return new PageChange(path, source, fields, body, disclaimer, kept, allowPhrases);
    }
}
