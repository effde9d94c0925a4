package org.sitegen.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Compares the facts of one page in two sites. */
final class PageComparer {
    private final WordDiff words;

    PageComparer(WordDiff words) {
        this.words = words;
    }

    /**
     * The visible changes of one page, or {@code null} when a reader would see the same page.
     *
     * @param editionDisclaimer the edition's disclaimer before and after, when it changed; a page that shows exactly that
     *                          change does not itemise it
     * @param extraFields       changes known from release.json (reviewer, allowed phrases)
     */
    PageChange compare(String path, String source, PageFacts before, PageFacts after, TextPair editionDisclaimer,
                       List<FieldChange> extraFields, List<String> allowPhrases) {
        List<FieldChange> fields = new ArrayList<>();
        field(fields, "title", before.title(), after.title());
        field(fields, "reviewed", before.reviewed(), after.reviewed());
        field(fields, "next review", before.nextReview(), after.nextReview());
        fields.addAll(extraFields);
        List<WordHunk> body = words.diff(before.mainText(), after.mainText());
        boolean disclaimerChanged = !before.disclaimerText().equals(after.disclaimerText());
        boolean asEdition = new TextPair(before.disclaimerText(), after.disclaimerText()).equals(editionDisclaimer);
        List<WordHunk> disclaimer = disclaimerChanged && !asEdition ? words.diff(before.disclaimerText(), after.disclaimerText()) : List.of();
        List<ProductChange> products = products(before.products(), after.products());
        if (fields.isEmpty() && body.isEmpty() && !disclaimerChanged && products.isEmpty()) {
            return null;
        }
        return new PageChange(path, source, List.copyOf(fields), body, disclaimer, products, allowPhrases);
    }

    private static void field(List<FieldChange> fields, String name, String before, String after) {
        if (!before.equals(after)) {
            fields.add(new FieldChange(name, before, after));
        }
    }

    private List<ProductChange> products(List<ProductLine> before, List<ProductLine> after) {
        Map<String, ProductLine> old = byId(before);
        Map<String, ProductLine> now = byId(after);
        List<ProductChange> changes = new ArrayList<>();
        old.forEach((id, line) -> {
            ProductLine other = now.get(id);
            if (other == null) {
                changes.add(new ProductChange(id, line.status(), "", line.text(), "", words.diff(line.text(), "")));
            } else if (!line.equals(other)) {
                changes.add(new ProductChange(id, line.status(), other.status(), line.text(), other.text(), words.diff(line.text(), other.text())));
            }
        });
        now.forEach((id, line) -> {
            if (!old.containsKey(id)) {
                changes.add(new ProductChange(id, "", line.status(), "", line.text(), words.diff("", line.text())));
            }
        });
        return List.copyOf(changes);
    }

    private static Map<String, ProductLine> byId(List<ProductLine> lines) {
        Map<String, ProductLine> map = new LinkedHashMap<>();
        lines.forEach(line -> map.putIfAbsent(line.id(), line));
        return map;
    }

    /** Two versions of a text. */
    record TextPair(String before, String after) {
    }
}
