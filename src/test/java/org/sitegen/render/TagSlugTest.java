package org.sitegen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tag slugs are ASCII, transliterated, and the same under every default locale. */
class TagSlugTest {

    @ParameterizedTest
    @CsvSource({"Işık, isik", "İzmir, izmir", "IŞIK, isik", "Ärzte, arzte", "c++, c", "Spinal  cord, spinal-cord",
            "Σωκράτης, sokrates", "日本, ri-ben", "--, tag", "'😀', tag"})
    void tagsGetAsciiSlugs(String tag, String slug) {
        Locale original = Locale.getDefault();
        try {
            for (Locale locale : new Locale[] {Locale.ROOT, new Locale("tr", "TR"), Locale.GERMANY}) {
                Locale.setDefault(locale);
                assertEquals(slug, Urls.tagSlug(tag), locale.toString());
            }
        } finally {
            Locale.setDefault(original);
        }
    }
}
