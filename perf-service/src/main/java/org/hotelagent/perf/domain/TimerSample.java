package org.hotelagent.perf.domain;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A Micrometer timer as scraped from a service's {@code /q/metrics}, summed over the matching series: total count,
 * total seconds, and the cumulative histogram buckets if the timer publishes them ({@code le} → count).
 */
public record TimerSample(double count, double sumSeconds, Map<Double, Double> buckets) {

    public static final TimerSample EMPTY = new TimerSample(0, 0, Map.of());

    public TimerSample {
        buckets = Map.copyOf(buckets);
    }

    /** Mean seconds per event between two scrapes, empty when nothing completed in between. */
    public Optional<Double> meanSecondsSince(TimerSample before) {
        var completed = count - before.count;
        if (completed <= 0) {
            return Optional.empty();
        }
        return Optional.of(Math.max(0, sumSeconds - before.sumSeconds) / completed);
    }

    /**
     * The {@code quantile} (e.g. 0.95) of the events between two scrapes, interpolated inside the bucket as
     * PromQL's {@code histogram_quantile} does; empty without buckets or events.
     */
    public Optional<Double> quantileSince(TimerSample before, double quantile) {
        var completed = count - before.count;
        if (buckets.isEmpty() || completed <= 0) {
            return Optional.empty();
        }
        var rank = quantile * completed;
        var lowerBound = 0.0;
        var lowerCount = 0.0;
        for (var bucket : new TreeMap<>(buckets).entrySet()) {
            var cumulative = bucket.getValue() - before.buckets.getOrDefault(bucket.getKey(), 0.0);
            if (cumulative >= rank) {
                if (bucket.getKey().isInfinite()) {
                    return Optional.of(lowerBound);
                }
                var inBucket = cumulative - lowerCount;
                var share = inBucket <= 0 ? 1 : (rank - lowerCount) / inBucket;
                return Optional.of(lowerBound + (bucket.getKey() - lowerBound) * share);
            }
            lowerBound = bucket.getKey();
            lowerCount = cumulative;
        }
        return Optional.of(lowerBound);
    }
}
