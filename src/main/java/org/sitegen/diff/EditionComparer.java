package org.sitegen.diff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sitegen.release.ReleaseManifest;
import org.sitegen.release.ReleaseManifestReader;

/**
 * Compares one edition of two sites. When both have a {@code release.json}, pages with equal hashes are unchanged
 * without being read; otherwise pages with equal bytes are. Only pages that differ are parsed, two at a time per page,
 * in parallel, and only their changes are kept.
 */
final class EditionComparer {
    private static final String HOME = "index.html";

    private final PageFactsReader facts = new PageFactsReader();
    private final SameVisibleMarkup sameMarkup = new SameVisibleMarkup();
    private final ReleaseManifestReader manifests = new ReleaseManifestReader();
    private final WordDiff words;
    private final PageComparer pages;

    EditionComparer(WordDiff words) {
        this.words = words;
        this.pages = new PageComparer(words);
    }

    EditionDiff compare(String code, SiteFolder oldSite, SiteFolder newSite) throws IOException {
        Side before = side(oldSite, code);
        Side after = side(newSite, code);
        boolean byManifest = before.manifest().isPresent() && after.manifest().isPresent();
        Map<String, ReleaseManifest.Page> oldEntries = byManifest ? entries(before.manifest().get()) : Map.of();
        Map<String, ReleaseManifest.Page> newEntries = byManifest ? entries(after.manifest().get()) : Map.of();
        SortedSet<String> oldPaths = byManifest ? new TreeSet<>(oldEntries.keySet()) : oldSite.pages(code);
        SortedSet<String> newPaths = byManifest ? new TreeSet<>(newEntries.keySet()) : newSite.pages(code);

        PageComparer.TextPair disclaimer = editionDisclaimer(before.folder(), after.folder(), oldEntries.get(HOME), newEntries.get(HOME));
        List<String> common = oldPaths.stream().filter(newPaths::contains).toList();
        List<Outcome> outcomes;
        try {
            outcomes = common.parallelStream()
                    .map(path -> comparePage(path, before.folder(), after.folder(), oldEntries.get(path), newEntries.get(path), disclaimer))
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }

        List<PageChange> changed = new ArrayList<>();
        Map<ProductChange, List<String>> callouts = new LinkedHashMap<>();
        int layoutOnly = 0;
        int unchanged = 0;
        int covered = 0;
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome outcome = outcomes.get(i);
            if (outcome.kind() == Outcome.Kind.UNCHANGED) {
                unchanged++;
            } else if (outcome.kind() == Outcome.Kind.LAYOUT_ONLY) {
                layoutOnly++;
            } else {
                PageChange change = outcome.change();
                List<ProductChange> kept = new ArrayList<>();
                for (ProductChange product : change.products()) {
                    if (product.onBothSides()) {
                        callouts.computeIfAbsent(product, k -> new ArrayList<>()).add(common.get(i));
                    } else {
                        kept.add(product);
                    }
                }
                PageChange rest = change.withProducts(List.copyOf(kept));
                if (rest.isEmpty()) {
                    covered++;
                } else {
                    changed.add(rest);
                }
            }
        }
        List<ProductCallout> productChanges = callouts.entrySet().stream()
                .map(e -> new ProductCallout(e.getKey(), List.copyOf(e.getValue())))
                .sorted(Comparator.comparing((ProductCallout c) -> c.change().id())
                        .thenComparing(c -> c.change().beforeStatus()).thenComparing(c -> c.change().afterStatus())
                        .thenComparing(c -> c.change().beforeText()).thenComparing(c -> c.change().afterText()))
                .toList();
        List<PageRef> added = newPaths.stream().filter(p -> !oldPaths.contains(p)).map(p -> ref(p, newEntries.get(p))).toList();
        List<PageRef> removed = oldPaths.stream().filter(p -> !newPaths.contains(p)).map(p -> ref(p, oldEntries.get(p))).toList();
        String regionName = after.regionName().isEmpty() ? before.regionName() : after.regionName();
        List<WordHunk> disclaimerHunks = disclaimer == null ? List.of() : words.diff(disclaimer.before(), disclaimer.after());
        return new EditionDiff(code, regionName, EditionDiff.Status.COMPARED, byManifest ? "release.json" : "HTML", newPaths.size(),
                disclaimerHunks, productChanges, added, removed, List.copyOf(changed), covered, layoutOnly, unchanged);
    }

    /** The region name from the edition's release.json, or empty. */
    String regionName(SiteFolder site, String code) {
        return side(site, code).regionName();
    }

    private Side side(SiteFolder site, String code) {
        Path folder = site.edition(code);
        Optional<ReleaseManifest> manifest;
        try {
            manifest = manifests.read(folder);
        } catch (IOException unreadable) {
            manifest = Optional.empty(); // compared by HTML instead
        }
        return new Side(folder, manifest);
    }

    private static Map<String, ReleaseManifest.Page> entries(ReleaseManifest manifest) {
        return manifest.pages().stream().collect(Collectors.toMap(ReleaseManifest.Page::path, Function.identity(), (a, b) -> a));
    }

    private static PageRef ref(String path, ReleaseManifest.Page entry) {
        return entry == null ? new PageRef(path, "", List.of()) : new PageRef(path, entry.source(), entry.allowPhrases());
    }

    /** The disclaimer of the edition's home page before and after, or null when it did not change. */
    private PageComparer.TextPair editionDisclaimer(Path oldFolder, Path newFolder, ReleaseManifest.Page oldHome, ReleaseManifest.Page newHome)
            throws IOException {
        if (oldHome != null && newHome != null && oldHome.sha256().equals(newHome.sha256())) {
            return null;
        }
        byte[] before = read(oldFolder.resolve(HOME));
        byte[] after = read(newFolder.resolve(HOME));
        if (Arrays.equals(before, after)) {
            return null;
        }
        String oldText = facts.read(text(before)).disclaimerText();
        String newText = facts.read(text(after)).disclaimerText();
        return oldText.equals(newText) ? null : new PageComparer.TextPair(oldText, newText);
    }

    private Outcome comparePage(String path, Path oldFolder, Path newFolder, ReleaseManifest.Page oldEntry, ReleaseManifest.Page newEntry,
                                PageComparer.TextPair disclaimer) {
        List<FieldChange> manifestFields = new ArrayList<>();
        List<String> allowPhrases = List.of();
        String source = "";
        if (oldEntry != null && newEntry != null) {
            source = newEntry.source();
            allowPhrases = newEntry.allowPhrases();
            if (!oldEntry.reviewer().equals(newEntry.reviewer())) {
                manifestFields.add(new FieldChange("reviewer", oldEntry.reviewer(), newEntry.reviewer()));
            }
            if (!oldEntry.allowPhrases().equals(newEntry.allowPhrases())) {
                manifestFields.add(new FieldChange("allowed phrases", quoted(oldEntry.allowPhrases()), quoted(newEntry.allowPhrases())));
            }
            if (oldEntry.sha256().equals(newEntry.sha256())) {
                return manifestFields.isEmpty() ? Outcome.UNCHANGED
                        : Outcome.changed(new PageChange(path, source, List.copyOf(manifestFields), List.of(), List.of(), List.of(), allowPhrases));
            }
        }
        try {
            byte[] before = read(oldFolder.resolve(path));
            byte[] after = read(newFolder.resolve(path));
            if (manifestFields.isEmpty() && Arrays.equals(before, after)) {
                return Outcome.UNCHANGED;
            }
            String oldHtml = text(before);
            String newHtml = text(after);
            if (manifestFields.isEmpty() && sameMarkup.test(oldHtml, newHtml)) {
                return Outcome.LAYOUT_ONLY;
            }
            PageChange change = pages.compare(path, source, facts.read(oldHtml), facts.read(newHtml), disclaimer, manifestFields, allowPhrases);
            return change == null ? Outcome.LAYOUT_ONLY : Outcome.changed(change);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) throws IOException {
        return Files.readAllBytes(file);
    }

    private static String text(byte[] html) {
        return new String(html, StandardCharsets.UTF_8);
    }

    private static String quoted(List<String> phrases) {
        return phrases.stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(", "));
    }

    /** One site's edition folder and its release.json, if it has a readable one. */
    private record Side(Path folder, Optional<ReleaseManifest> manifest) {
        String regionName() {
            return manifest.map(ReleaseManifest::regionName).orElse("");
        }
    }

    /** How one page compared. */
    private record Outcome(Kind kind, PageChange change) {
        enum Kind { UNCHANGED, LAYOUT_ONLY, CHANGED }

        static final Outcome UNCHANGED = new Outcome(Kind.UNCHANGED, null);
        static final Outcome LAYOUT_ONLY = new Outcome(Kind.LAYOUT_ONLY, null);

        static Outcome changed(PageChange change) {
            return new Outcome(Kind.CHANGED, change);
        }
    }
}
