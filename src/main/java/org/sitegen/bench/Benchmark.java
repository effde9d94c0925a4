package org.sitegen.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitegen.publish.OutputPublisher;

/**
 * The benchmark, side by side with Hugo (Debian's {@code hugo}) on the same synthetic articles, in the same run:
 * each scenario builds sitegen ({@code java -Xmx512m -jar … build}, a fresh JVM every time) and Hugo in turn, A B A B,
 * and reports the median wall time of each, the median of the pairwise ratios, and peak resident memory (through
 * GNU {@code time} when it is installed). Also stock JBake 2.7.0 on the 1,000 articles, the 74-page sample site, and
 * one edited article rebuilt by the preview's incremental builder on the 10,000-article site.
 *
 * <p>Run: {@code java -cp target/sitegen.jar org.sitegen.bench.Benchmark [runs]} (default 3 runs per command).
 */
public final class Benchmark {
    private Benchmark() {
    }

    /** @param withJBake also bake the same articles with stock JBake 2.7.0 ({@link StockJBakeRun}) */
    private record Scenario(String name, int articles, int regions, int terms, boolean withHugo, boolean withJBake) {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Path work = Files.createTempDirectory("sitegen-bench-");
        ProcessTimer timer = new ProcessTimer();
        List<Scenario> scenarios = List.of(
                new Scenario("1,000 articles, 1 region, 200 terms", 1_000, 1, 200, true, true),
                new Scenario("10,000 articles, 1 region, 200 terms", 10_000, 1, 200, true, false),
                new Scenario("10,000 articles, 4 regions, 500 terms", 10_000, 4, 500, false, false));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        // sitegen is timed as users run it: java -jar, through the jar's launcher
        boolean jar = classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator);
        List<String> sitegen = jar
                ? List.of(java, "-Xmx512m", "-jar", classPath) : List.of(java, "-Xmx512m", "-cp", classPath, "org.sitegen.cli.Main");
        System.out.println("scenario | sitegen median s | Hugo median s | ratio (median of pairs) | sitegen peak RSS MB | Hugo peak RSS MB");
        Double hugoTenThousand = null;
        try {
            List<String> sample = concat(sitegen, "build", "--output", work.resolve("sample-out").toString());
            Measurement ours = timer.repeat(sample, runs);
            System.out.printf(Locale.ROOT, "74-page sample site | %.2f | - | - | %d | -%n", ours.medianSeconds(), ours.peakRssMb());
            for (Scenario scenario : scenarios) {
                Path content = work.resolve("content-" + scenario.articles() + "-" + scenario.regions());
                new CorpusGenerator().write(content, scenario.articles(), scenario.regions(), scenario.terms());
                List<String> build = concat(sitegen, "build", "--content", content.toString(), "--output", work.resolve("out").toString());
                if (scenario.withHugo()) {
                    Path hugo = work.resolve("hugo-" + scenario.articles());
                    HugoProject.write(content, hugo);
                    List<String> hugoBuild = List.of("hugo", "--quiet", "--noBuildLock", "-s", hugo.toString(),
                            "-d", work.resolve("hugo-out").toString());
                    Pair pair = timer.pairs(build, hugoBuild, runs);
                    System.out.printf(Locale.ROOT, "%s | %.2f | %.2f | %.2f | %d | %d%n", scenario.name(), pair.a().medianSeconds(),
                            pair.b().medianSeconds(), pair.medianRatio(), pair.a().peakRssMb(), pair.b().peakRssMb());
                    if (scenario.articles() == 10_000) {
                        hugoTenThousand = pair.b().medianSeconds();
                    }
                    if (scenario.withJBake()) {
                        Path jbake = work.resolve("jbake-" + scenario.articles());
                        StockJBakeProject.write(content, jbake);
                        List<String> jbakeBuild = List.of(java, "-Xmx512m", "-cp", classPath, StockJBakeRun.class.getName(),
                                jbake.toString(), work.resolve("jbake-out").toString());
                        Pair stock = timer.pairs(build, jbakeBuild, runs);
                        System.out.printf(Locale.ROOT, "%s, vs stock JBake 2.7.0 | %.2f | JBake %.2f | %.2f | %d | JBake %d%n",
                                scenario.name(), stock.a().medianSeconds(), stock.b().medianSeconds(), stock.medianRatio(),
                                stock.a().peakRssMb(), stock.b().peakRssMb());
                    }
                } else {
                    Measurement m = timer.repeat(build, runs);
                    String ratio = hugoTenThousand == null ? "-" : String.format(Locale.ROOT, "%.2f (vs Hugo, 1 region)",
                            m.medianSeconds() / hugoTenThousand);
                    System.out.printf(Locale.ROOT, "%s | %.2f | - | %s | %d | -%n", scenario.name(), m.medianSeconds(), ratio, m.peakRssMb());
                }
                if (scenario.articles() == 10_000 && scenario.regions() == 1) {
                    List<String> edit = List.of(java, "-Xmx1g", "-cp", classPath, IncrementalRun.class.getName(), content.toString(),
                            work.resolve("serve-out").toString(), "5");
                    System.out.println("one edited article in the preview, 10,000 articles | " + timer.output(edit).strip());
                }
                if (scenario.articles() == 10_000 && scenario.regions() == 4) {
                    List<String> search = List.of(java, "-Xmx1g", "-cp", classPath, SearchIndexRun.class.getName(), content.toString(),
                            work.resolve("search-out").toString());
                    System.out.println("search index, 10,000 articles, 4 regions | " + timer.output(search).strip());
                }
                new OutputPublisher().discard(content);
            }
        } finally {
            deleteQuietly(work);
        }
    }

    private static List<String> concat(List<String> command, String... more) {
        List<String> all = new ArrayList<>(command);
        all.addAll(List.of(more));
        return all;
    }

    private static void deleteQuietly(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var files = Files.walk(folder)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Median wall time and the largest peak resident set of repeated runs of one command. */
    record Measurement(List<Double> seconds, long peakRssMb) {
        double medianSeconds() {
            return median(seconds);
        }
    }

    /** Two commands run in turn; the ratio is taken pair by pair so that drift of the machine cancels out. */
    record Pair(Measurement a, Measurement b, List<Double> ratios) {
        double medianRatio() {
            return median(ratios);
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Runs whole processes and measures them from outside. */
    static final class ProcessTimer {
        private final boolean gnuTime = Files.isExecutable(Path.of("/usr/bin/time"));

        Measurement repeat(List<String> command, int runs) throws IOException, InterruptedException {
            run(command); // warm-up: file caches, not counted
            List<Double> seconds = new ArrayList<>();
            long rss = 0;
            for (int i = 0; i < runs; i++) {
                double[] result = run(command);
                seconds.add(result[0]);
                rss = Math.max(rss, (long) result[1]);
            }
            return new Measurement(seconds, rss);
        }

        Pair pairs(List<String> a, List<String> b, int runs) throws IOException, InterruptedException {
            run(a);
            run(b);
            List<Double> aSeconds = new ArrayList<>();
            List<Double> bSeconds = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            long aRss = 0;
            long bRss = 0;
            for (int i = 0; i < runs; i++) {
                double[] ra = run(a);
                double[] rb = run(b);
                aSeconds.add(ra[0]);
                bSeconds.add(rb[0]);
                ratios.add(ra[0] / rb[0]);
                aRss = Math.max(aRss, (long) ra[1]);
                bRss = Math.max(bRss, (long) rb[1]);
            }
            return new Pair(new Measurement(aSeconds, aRss), new Measurement(bSeconds, bRss), ratios);
        }

        String output(List<String> command) throws IOException, InterruptedException {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            return text;
        }

        /** {wall seconds, peak RSS in MB (0 when unknown)}; fails on a non-zero exit. */
        private double[] run(List<String> command) throws IOException, InterruptedException {
            Path rssFile = Files.createTempFile("sitegen-bench-rss", ".txt");
            List<String> full = new ArrayList<>();
            if (gnuTime) {
                full.addAll(List.of("/usr/bin/time", "-f", "%M", "-o", rssFile.toString()));
            }
            full.addAll(command);
            long start = System.nanoTime();
            Process process = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            int exit = process.waitFor();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (exit != 0) {
                throw new IllegalStateException("exit " + exit + ": " + String.join(" ", command));
            }
            String rss = Files.readString(rssFile).strip();
            Files.deleteIfExists(rssFile);
            return new double[] {seconds, rss.isEmpty() ? 0 : Long.parseLong(rss.lines().reduce((x, y) -> y).orElse("0")) / 1024.0};
        }
    }
}
