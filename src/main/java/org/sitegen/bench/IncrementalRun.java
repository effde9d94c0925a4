package org.sitegen.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitegen.pipeline.BuildOptions;
import org.sitegen.pipeline.BuildResult;
import org.sitegen.pipeline.SiteBuilder;

/**
 * What the preview server does on a save, measured in one JVM: a first build, then {@code edits} times one article's
 * body edited, that page rebuilt and published alone ({@link SiteBuilder#rebuildEdited}), and then the whole site
 * brought up to date by the same incremental builder. Prints the median time of each (the first edit warms the JIT
 * up and is not counted) and the stages of the last whole rebuild.
 * Arguments: content folder, output folder, number of edits.
 */
public final class IncrementalRun {
    private IncrementalRun() {
    }

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]);
        Path output = Path.of(args[1]);
        int edits = Integer.parseInt(args[2]);
        SiteBuilder builder = new SiteBuilder(true);
        BuildOptions options = new BuildOptions(Path.of("."), content, output, true, "");
        check(builder.build(options, true));
        List<Path> articles;
        try (var files = Files.list(content.resolve("articles"))) {
            List<String> names = files.map(f -> f.getFileName().toString()).toList();
            // articles without a translation (<slug>.<lang>.md): an edit of a translated source goes to the whole build
            articles = names.stream().filter(n -> n.matches("[^.]+\\.md"))
                    .filter(n -> names.stream().noneMatch(t -> t.startsWith(n.substring(0, n.length() - 2)) && t.matches("[^.]+\\.[a-z]+\\.md")))
                    .sorted().map(n -> content.resolve("articles").resolve(n)).toList();
        }
        List<Double> millis = new ArrayList<>();
        List<Double> pageMillis = new ArrayList<>();
        BuildResult last = null;
        for (int i = 0; i < edits + 1; i++) {
            Path article = articles.get(i * 7 % articles.size());
            Files.writeString(article, Files.readString(article, StandardCharsets.UTF_8) + "\nEdit number " + i + " for the benchmark.\n",
                    StandardCharsets.UTF_8);
            Files.setLastModifiedTime(article, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 10_000L * (i + 1)));
            long start = System.nanoTime();
            BuildResult page = builder.rebuildEdited(options, java.util.Set.of(article))
                    .orElseThrow(() -> new IllegalStateException("the edited page was not rebuilt alone"));
            check(page);
            double pageTime = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            BuildResult result = builder.build(options, true);
            check(result);
            last = result;
            if (i > 0) { // the first rebuild warms the JIT up
                pageMillis.add(pageTime);
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        System.out.printf(Locale.ROOT, "edited page rebuilt and published: median %.0f ms over %d edits%n", Benchmark.median(pageMillis), edits);
        System.out.printf(Locale.ROOT, "then the whole site brought up to date: median %.0f ms%n", Benchmark.median(millis));
        if (last != null) {
            StringBuilder stages = new StringBuilder("last rebuild:");
            last.stageTimes().forEach((stage, time) -> stages.append(String.format(Locale.ROOT, " %s %d ms;", stage, time.toMillis())));
            System.out.println(stages);
        }
    }

    private static void check(BuildResult result) {
        if (!result.ok()) {
            result.diagnostics().errors().stream().limit(5).forEach(d -> System.out.println(d.format()));
            throw new IllegalStateException("build failed");
        }
    }
}
