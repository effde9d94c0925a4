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
 * What the preview server does on a save, measured in one JVM: a first build, then {@code edits} times one article edited
 * and the site rebuilt and published by the same incremental builder. Prints the median rebuild time.
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
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < edits + 1; i++) {
            Path article = content.resolve("articles/article-" + (i * 7) + ".md");
            Files.writeString(article, Files.readString(article, StandardCharsets.UTF_8) + "\nEdit number " + i + " for the benchmark.\n",
                    StandardCharsets.UTF_8);
            Files.setLastModifiedTime(article, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 10_000L * (i + 1)));
            long start = System.nanoTime();
            BuildResult result = builder.build(options, true);
            check(result);
            if (i > 0) { // the first rebuild warms the JIT up
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        System.out.printf(Locale.ROOT, "median %.0f ms over %d edits%n", Benchmark.median(millis), edits);
    }

    private static void check(BuildResult result) {
        if (!result.ok()) {
            result.diagnostics().errors().stream().limit(5).forEach(d -> System.out.println(d.format()));
            throw new IllegalStateException("build failed");
        }
    }
}
