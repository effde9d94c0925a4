package org.sitegen.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitegen.publish.OutputPublisher;

/**
 * The benchmark: generates synthetic corpora and builds each in a fresh JVM with {@code -Xmx512m}, printing
 * wall time, peak heap and per-stage times. Arguments: article counts, e.g. {@code 1000 10000}.
 * For the largest count it also builds with one region and with no glossary, for comparison.
 */
public final class Benchmark {
    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String arg : args.length == 0 ? new String[] {"1000", "10000"} : args) {
            sizes.add(Integer.parseInt(arg));
        }
        Path work = Files.createTempDirectory("sitegen-bench-");
        int largest = sizes.stream().max(Integer::compare).orElseThrow();
        List<int[]> runs = new ArrayList<>();
        for (int size : sizes) {
            runs.add(new int[] {size, 4, 500});
        }
        runs.add(new int[] {largest, 1, 500});
        runs.add(new int[] {largest, 4, 0});
        System.out.println("articles regions terms | result");
        try {
            for (int[] run : runs) {
                Path content = work.resolve("content-" + run[0] + "-" + run[1] + "-" + run[2]);
                new CorpusGenerator().write(content, run[0], run[1], run[2]);
                String line = measure(content, work.resolve("out"));
                System.out.printf(Locale.ROOT, "%8d %7d %5d | %s%n", run[0], run[1], run[2], line);
                new OutputPublisher().discard(content);
                new OutputPublisher().discard(work.resolve("out"));
            }
        } finally {
            new OutputPublisher().discard(work);
        }
    }

    private static String measure(Path content, Path output) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                BenchmarkRun.class.getName(), content.toString(), output.toString())
                .redirectErrorStream(true).start();
        StringBuilder result = new StringBuilder();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("RESULT ")) {
                    result.append(line.substring(7));
                } else if (!result.isEmpty() || line.contains(".md:")) {
                    result.append("\n    ").append(line);
                }
            }
        }
        int exit = process.waitFor();
        return exit == 0 ? result.toString() : "failed (exit " + exit + ") " + result;
    }
}
