package org.sitegen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.sitegen.pipeline.BuildOptions;
import org.sitegen.pipeline.BuildResult;
import org.sitegen.pipeline.SiteBuilder;

/**
 * The search index of a built site, measured in one JVM: the time the build spent building indexes (all editions),
 * and, per edition, the most a query of one word can download, from the written files: the manifest, the vocabulary
 * shards of the largest first-character range, the largest posting shard (the exact match is always fetched) plus
 * the posting budget (prefixes and typos), and as many of the largest fragments as one page of results shows.
 * Arguments: content folder, output folder.
 */
public final class SearchIndexRun {
    private SearchIndexRun() {
    }

    public static void main(String[] args) throws Exception {
        BuildResult result = new SiteBuilder().build(new BuildOptions(Path.of("."), Path.of(args[0]), Path.of(args[1]), false, ""), true);
        if (!result.ok()) {
            throw new IllegalStateException("build failed: " + result.diagnostics().errors().get(0).format());
        }
        Duration build = result.stageTimes().getOrDefault("search-index (in render)", Duration.ZERO);
        long worst = 0;
        String detail = "";
        long total = 0;
        try (Stream<Path> editions = Files.list(Path.of(args[1]))) {
            for (Path search : editions.map(e -> e.resolve("search")).filter(Files::isDirectory).sorted().toList()) {
                long[] parts = firstQuery(search);
                long sum = parts[0] + parts[1] + parts[2] + parts[3];
                total = Math.max(total, folderBytes(search));
                if (sum > worst) {
                    worst = sum;
                    detail = String.format(Locale.ROOT, "manifest %.0f KB, vocabulary %.0f KB, postings %.0f KB, fragments %.0f KB",
                            parts[0] / 1024.0, parts[1] / 1024.0, parts[2] / 1024.0, parts[3] / 1024.0);
                }
            }
        }
        System.out.printf(Locale.ROOT, "built in %.2f s (all editions) | first one-word query downloads at most %.0f KB (%s) of %.1f MB per edition%n",
                build.toNanos() / 1e9, worst / 1024.0, detail, total / 1048576.0);
    }

    /** {manifest, vocabulary, postings, fragments} bytes of the costliest one-word query of one edition, at most. */
    static long[] firstQuery(Path search) throws IOException {
        JsonNode manifest = new ObjectMapper().readTree(search.resolve("manifest.json").toFile());
        List<String> firsts = new java.util.ArrayList<>();
        for (JsonNode n : manifest.get("vocabulary")) {
            firsts.add(n.asText());
        }
        long vocabulary = 0;
        for (char c : firsts.stream().map(f -> f.charAt(0)).distinct().toList()) {
            long bytes = 0;
            String after = String.valueOf((char) (c + 1));
            for (int n = 0; n < firsts.size(); n++) {
                boolean holds = firsts.get(n).compareTo(after) < 0 && (n + 1 == firsts.size() || firsts.get(n + 1).compareTo(String.valueOf(c)) > 0);
                if (holds) {
                    bytes += Files.size(search.resolve("v/" + n + ".json"));
                }
            }
            vocabulary = Math.max(vocabulary, bytes);
        }
        long largestShard = 0;
        for (JsonNode bytes : manifest.get("postingBytes")) {
            largestShard = Math.max(largestShard, bytes.asLong());
        }
        List<Long> fragments;
        try (Stream<Path> files = Files.list(search.resolve("f"))) {
            fragments = files.map(SearchIndexRun::size).sorted(java.util.Comparator.reverseOrder()).limit(manifest.get("perPage").asInt()).toList();
        }
        return new long[] {Files.size(search.resolve("manifest.json")), vocabulary, largestShard + manifest.get("budget").asLong(),
                fragments.stream().mapToLong(Long::longValue).sum()};
    }

    private static long folderBytes(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(SearchIndexRun::size).sum();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
