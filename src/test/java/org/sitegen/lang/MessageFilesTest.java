package org.sitegen.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sitegen.diagnostics.Diagnostics;

/** The message files shipped with the templates: every language has exactly the keys of English, and the templates use only those. */
class MessageFilesTest {
    private static final Path TEMPLATES = Path.of("templates");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-z]+}");
    private final MessageFiles files = new MessageFiles(TEMPLATES);

    @Test
    void theTwelveLanguagesAreShipped() {
        assertTrue(files.languages().containsAll(List.of("ar", "de", "en", "es", "fr", "it", "ja", "nl", "pl", "pt", "tr", "zh")),
                files.languages().toString());
    }

    @Test
    void everyLanguageFileHasExactlyTheKeysOfEnglishAndTheSamePlaceholders() {
        Diagnostics diagnostics = new Diagnostics();
        Map<String, String> english = files.read("en", diagnostics).orElseThrow();
        for (String language : files.languages()) {
            Map<String, String> strings = files.read(language, diagnostics).orElseThrow();
            assertEquals(english.keySet(), strings.keySet(), language + ".properties");
            for (String key : english.keySet()) {
                assertEquals(placeholders(english.get(key)), placeholders(strings.get(key)), language + ".properties: " + key);
                if (!key.equals("glossary.alphabet")) {
                    assertTrue(!strings.get(key).isBlank(), language + ".properties: " + key + " is empty");
                }
            }
        }
        assertEquals(List.of(), diagnostics.all());
    }

    @Test
    void translationsAreNotEnglishLeftOvers() {
        Diagnostics diagnostics = new Diagnostics();
        Map<String, String> english = files.read("en", diagnostics).orElseThrow();
        for (String language : files.languages()) {
            if (language.equals("en")) {
                continue;
            }
            Map<String, String> strings = files.read(language, diagnostics).orElseThrow();
            for (String key : List.of("frame.skip_link", "article.toc", "article.related", "notfound.title", "translation.untranslated")) {
                assertTrue(!strings.get(key).equals(english.get(key)), language + ".properties: " + key + " is still English");
            }
        }
    }

    @Test
    void everyKeyTheTemplatesUseExists() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        Set<String> keys = files.read("en", diagnostics).orElseThrow().keySet();
        Pattern use = Pattern.compile("m\\.(?:t|slot)\\(?\\s*\"([a-z_.]+)\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> templates = Files.list(TEMPLATES)) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".ftl") && !p.endsWith("messages.ftl")).toList()) {
                Matcher m = use.matcher(Files.readString(template));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertTrue(used.size() > 40, used.toString());
        used.removeIf(k -> k.endsWith("_") || k.endsWith("."));
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(keys);
        assertEquals(Set.of(), missing);
    }

    private static List<String> placeholders(String text) {
        return PLACEHOLDER.matcher(text).results().map(r -> r.group()).sorted().toList();
    }
}
