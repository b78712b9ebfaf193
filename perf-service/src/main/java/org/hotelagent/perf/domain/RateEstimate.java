package org.hotelagent.perf.domain;

import java.time.Duration;

/**
 * Arrival and completion rates of one consumer group on one topic from two offset snapshots: the log-end offsets
 * grow by what producers wrote (arrivals), the committed offsets by what the group finished (completions).
 */
public record RateEstimate(double arrivalRate, double completionRate) {

    public static final RateEstimate NONE = new RateEstimate(0, 0);

    /** Rates between {@code before} and {@code after}; {@link #NONE} if the interval is empty or went backwards. */
    public static RateEstimate between(OffsetSnapshot before, OffsetSnapshot after) {
        var elapsed = Duration.between(before.at(), after.at());
        if (elapsed.isZero() || elapsed.isNegative()) {
            return NONE;
        }
        var seconds = elapsed.toMillis() / 1000.0;
        // A negative delta means a partition was recreated or offsets were reset: no meaningful rate.
        return new RateEstimate(Math.max(0, after.logEnd() - before.logEnd()) / seconds,
                Math.max(0, after.committed() - before.committed()) / seconds);
    }
}
