package org.sitegen.pipeline;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Measures the wall-clock time of each pipeline stage, for the benchmark; before each stage, stops a build that a
 * newer change superseded (the preview's).
 */
final class StageTimer {
    private final Map<String, Duration> times = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
    private final java.util.function.BooleanSupplier superseded;

    StageTimer() {
        this(() -> false);
    }

    StageTimer(java.util.function.BooleanSupplier superseded) {
        this.superseded = superseded;
    }

    /** @throws BuildSuperseded when a newer change made the build out of date */
    void checkCurrent() {
        if (superseded.getAsBoolean()) {
            throw new BuildSuperseded();
        }
    }

    <T> T time(String stage, Supplier<T> work) {
        checkCurrent();
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            times.merge(stage, Duration.ofNanos(System.nanoTime() - start), Duration::plus);
        }
    }

    void time(String stage, Runnable work) {
        time(stage, () -> {
            work.run();
            return null;
        });
    }

    void add(String stage, Duration time) {
        times.merge(stage, time, Duration::plus);
    }

    Map<String, Duration> times() {
        return times;
    }
}
