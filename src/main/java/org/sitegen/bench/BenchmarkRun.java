package org.sitegen.bench;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.sitegen.pipeline.BuildOptions;
import org.sitegen.pipeline.BuildResult;
import org.sitegen.pipeline.SiteBuilder;

/** One measured build, run in its own JVM by {@link Benchmark}: prints one line of results. */
public final class BenchmarkRun {
    private BenchmarkRun() {
    }

    public static void main(String[] args) {
        // read by Benchmark as UTF-8, whatever the locale
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
        Path content = Path.of(args[0]);
        Path output = Path.of(args[1]);
        long start = System.nanoTime();
        BuildResult result = new SiteBuilder().build(new BuildOptions(Path.of("."), content, output, false, ""), true);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = 0;
        long oldPeak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
                if (pool.getName().contains("Old")) {
                    oldPeak = pool.getPeakUsage().getUsed();
                }
            }
        }
        StringBuilder stages = new StringBuilder();
        for (Map.Entry<String, Duration> stage : result.stageTimes().entrySet()) {
            stages.append(' ').append(stage.getKey()).append('=').append(stage.getValue().toMillis());
        }
        long largestIndex = 0;
        long largestIndexGzip = 0;
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(output)) {
            for (Path index : files.filter(p -> p.endsWith(Path.of("search", "index.json"))).toList()) {
                byte[] raw = java.nio.file.Files.readAllBytes(index);
                java.io.ByteArrayOutputStream packed = new java.io.ByteArrayOutputStream();
                try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(packed)) {
                    gzip.write(raw);
                }
                largestIndex = Math.max(largestIndex, raw.length);
                largestIndexGzip = Math.max(largestIndexGzip, packed.size());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        stages.append(" searchIndexKiB=").append(largestIndex / 1024).append(" searchIndexGzipKiB=").append(largestIndexGzip / 1024);
        System.out.println("RESULT ok=" + result.ok() + " pages=" + result.pages() + " millis=" + millis
                + " peakOldGenMiB=" + (oldPeak / (1024 * 1024)) + " peakHeapPoolsMiB=" + (peak / (1024 * 1024)) + stages);
        if (!result.ok()) {
            result.diagnostics().errors().stream().limit(5).forEach(d -> System.out.println(d.format()));
        }
    }
}
