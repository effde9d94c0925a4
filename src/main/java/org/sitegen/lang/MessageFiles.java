package org.sitegen.lang;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.sitegen.diagnostics.Diagnostics;
import org.sitegen.diagnostics.DisplayPaths;
import org.sitegen.diagnostics.Suggestions;
import org.sitegen.model.Keys;
import org.sitegen.model.Region;

/**
 * The message files shipped with the templates: {@code templates/messages/<lang>.properties}, UTF-8, one per
 * language (primary subtag). {@code en.properties} defines the keys; every other file has exactly the same keys.
 */
public final class MessageFiles {
    public static final String FOLDER = "messages";
    public static final String REFERENCE = "en";

    private final Path folder;
    private final Map<String, Optional<Map<String, String>>> loaded = new HashMap<>();
    /** Languages whose keys were compared with the reference already (each file's problems are reported once). */
    private final Set<String> checked = new TreeSet<>();

    /** @param templates the templates folder */
    public MessageFiles(Path templates) {
        this.folder = templates.resolve(FOLDER);
    }

    /** The file of language {@code primary}. */
    public Path fileOf(String primary) {
        return folder.resolve(primary + ".properties");
    }

    /** The languages that have a message file, sorted. */
    public List<String> languages() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".properties"))
                    .map(n -> n.substring(0, n.length() - ".properties".length())).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * The interface strings of each region's edition, by region code; problems (a language without a file, a file
     * whose keys differ from {@code en.properties}, an override of an unknown key) go to {@code diagnostics}.
     */
    public Map<String, Messages> forRegions(List<Region> regions, Diagnostics diagnostics) {
        Map<String, Messages> byRegion = new TreeMap<>();
        Optional<Map<String, String>> reference = read(REFERENCE, diagnostics);
        if (reference.isEmpty()) {
            diagnostics.error(DisplayPaths.of(fileOf(REFERENCE)), 0, "missing the English interface strings, which define the keys "
                    + "every message file has");
            return byRegion;
        }
        for (Region region : regions) {
            String language = Languages.primary(region.lang());
            Path file = fileOf(language);
            Optional<Map<String, String>> strings = read(language, diagnostics);
            if (strings.isEmpty()) {
                diagnostics.error(region.path(), region.lines().of(Keys.LANG), "no interface strings for language '" + region.lang()
                        + "': " + DisplayPaths.of(file) + " does not exist (message files exist for " + String.join(", ", languages())
                        + "); add it with every key of " + DisplayPaths.of(fileOf(REFERENCE)));
                continue;
            }
            if (!sameKeys(language, file, strings.get(), reference.get(), diagnostics)) {
                continue;
            }
            Map<String, String> merged = new LinkedHashMap<>(strings.get());
            region.messages().forEach((key, text) -> {
                if (merged.containsKey(key)) {
                    merged.put(key, text);
                } else {
                    diagnostics.error(region.path(), region.lines().of(Keys.MESSAGES),
                            "unknown interface string '" + key + "'" + Suggestions.hint(key, merged.keySet()));
                }
            });
            byRegion.put(region.code(), new Messages(DisplayPaths.of(file), merged));
        }
        return byRegion;
    }

    private boolean sameKeys(String language, Path file, Map<String, String> strings, Map<String, String> reference,
                             Diagnostics diagnostics) {
        Set<String> missing = new TreeSet<>(reference.keySet());
        missing.removeAll(strings.keySet());
        Set<String> extra = new TreeSet<>(strings.keySet());
        extra.removeAll(reference.keySet());
        if (checked.add(language)) {
            String shown = DisplayPaths.of(file);
            missing.forEach(k -> diagnostics.error(shown, 0, "missing interface string '" + k + "' (every message file has the keys of "
                    + DisplayPaths.of(fileOf(REFERENCE)) + ")"));
            extra.forEach(k -> diagnostics.error(shown, 0, "unknown interface string '" + k + "': " + DisplayPaths.of(fileOf(REFERENCE))
                    + " does not have it" + Suggestions.hint(k, reference.keySet())));
        }
        return missing.isEmpty() && extra.isEmpty();
    }

    /** The strings of one file, or empty when it does not exist (read errors are reported). */
    public Optional<Map<String, String>> read(String language, Diagnostics diagnostics) {
        return loaded.computeIfAbsent(language, l -> load(fileOf(l), diagnostics));
    }

    private static Optional<Map<String, String>> load(Path file, Diagnostics diagnostics) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new java.io.InputStreamReader(Files.newInputStream(file), decoder)) {
            properties.load(reader);
        } catch (CharacterCodingException e) {
            diagnostics.error(DisplayPaths.of(file), 0, "not UTF-8: save the file as UTF-8");
            return Optional.of(Map.of());
        } catch (IOException | IllegalArgumentException e) {
            diagnostics.error(DisplayPaths.of(file), 0, "cannot read the interface strings: " + e.getMessage());
            return Optional.of(Map.of());
        }
        Map<String, String> strings = new TreeMap<>();
        properties.stringPropertyNames().forEach(k -> strings.put(k, properties.getProperty(k)));
        return Optional.of(strings);
    }
}
