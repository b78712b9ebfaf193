package org.hotelagent.e2e;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/** Pacing and percentiles shared by the benchmarks. */
final class Latencies {

    private Latencies() {
    }

    /** Sleeps until {@code dueNanos} on the {@link System#nanoTime()} clock, so an open-loop load keeps its rate. */
    static void pace(long dueNanos) {
        var wait = dueNanos - System.nanoTime();
        if (wait > 0) {
            Suite.sleep(Duration.ofNanos(wait));
        }
    }

    static void awaitAll(Map<String, Long> arrivals, Set<String> expected, Duration timeout) {
        var deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && !arrivals.keySet().containsAll(expected)) {
            Suite.sleep(Duration.ofMillis(100));
        }
    }

    static String summary(long[] nanos) {
        if (nanos.length == 0) {
            return "n=0";
        }
        var sorted = nanos.clone();
        Arrays.sort(sorted);
        return "n=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms".formatted(sorted.length,
                millis(sorted, 0.50), millis(sorted, 0.95), millis(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    /** The nearest-rank percentile {@code p} (0..1) of sorted nanoseconds, in milliseconds. */
    static double millis(long[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
