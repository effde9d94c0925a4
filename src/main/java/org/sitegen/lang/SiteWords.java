package org.sitegen.lang;

import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.sitegen.model.SiteContent;
import org.sitegen.model.Translation;
import org.sitegen.model.TranslationKey;

/**
 * The site's own words in one edition's language: the site's title and tagline from the site translation
 * ({@code site.<lang>.md}), and the names of its topics by slug ({@link TopicNames}). What is absent is shown in the
 * content's language, marked with its {@code lang}.
 */
public record SiteWords(Optional<String> title, Optional<String> tagline, Map<String, String> topics) {
    /** An edition in the content's own language, or one with nothing translated: the source's words. */
    public static final SiteWords NONE = new SiteWords(Optional.empty(), Optional.empty(), Map.of());

    /** The words an edition in {@code language} shows, from the translations it shows translated. */
    static SiteWords of(SiteContent content, Translations translations, String language, Predicate<TranslationKey> shownTranslated) {
        Optional<Translation> site = shownTranslated.test(TranslationKey.site())
                ? translations.of(language, TranslationKey.site()).map(Translations.Entry::translation) : Optional.empty();
        return new SiteWords(site.flatMap(Translation::title), site.flatMap(Translation::tagline),
                TopicNames.of(content, translations, language, shownTranslated));
    }
}
