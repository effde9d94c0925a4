package org.sitegen.lang;

import java.util.Map;
import org.sitegen.model.PageId;
import org.sitegen.model.SiteContent;
import org.sitegen.model.TranslationKey;

/**
 * The language of one edition and what it shows in it.
 *
 * @param lang       the edition's language (the region's {@code lang})
 * @param sourceLang the language the content is written in ({@code language} in {@code content/site.md})
 * @param shown      how each translatable item is shown; absent means {@link Shown#SOURCE}
 * @param content    the content as this edition shows it: translated records in place of their sources
 * @param words      the site's title, tagline and topic names in this edition's language, where translated
 */
public record EditionLanguage(String lang, String sourceLang, Map<TranslationKey, Shown> shown, SiteContent content, SiteWords words) {

    public Shown of(TranslationKey key) {
        return shown.getOrDefault(key, Shown.SOURCE);
    }

    public Shown of(PageId id) {
        return of(TranslationKey.of(id));
    }

    /** The {@code lang} to set on an item's content: the source language when it is shown untranslated, else empty. */
    public String contentLang(TranslationKey key) {
        return of(key).foreign() ? sourceLang : "";
    }

    public String contentLang(PageId id) {
        return of(id).foreign() ? sourceLang : "";
    }

    /**
     * The {@code lang} to set on one of the site's own words (title, tagline, a topic name) this edition shows:
     * the source language when the edition is in another language and has no translation of it, else empty.
     */
    public String wordLang(boolean translated) {
        return translated || isSourceLanguage() ? "" : sourceLang;
    }

    /** Whether this edition is written in the content's own language (no translations involved). */
    public boolean isSourceLanguage() {
        return Languages.sameLanguage(lang, sourceLang);
    }
}
