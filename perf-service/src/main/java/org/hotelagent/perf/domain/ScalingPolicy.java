package org.hotelagent.perf.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Locale;

/**
 * How many replicas a service needs for its load: enough to keep utilisation at or below {@code targetUtilization}
 * (replicas ≥ λ·S/ρ) and enough to drain the backlog within {@code drainTime}, bounded by {@code [min, max]}.
 *
 * @param targetUtilization ρ in (0, 1]: the share of each replica's time spent working at steady state
 * @param drainTime         how long a backlog may take to clear while new messages keep arriving
 * @param minReplicas       never fewer (availability)
 * @param maxReplicas       never more: for a Kafka consumer, the partition count (extra consumers stay idle)
 */
public record ScalingPolicy(double targetUtilization, Duration drainTime, int minReplicas, int maxReplicas) {

    public ScalingPolicy {
        if (targetUtilization <= 0 || targetUtilization > 1) {
            throw new IllegalArgumentException("targetUtilization must be in (0, 1]: " + targetUtilization);
        }
        if (drainTime.isNegative() || drainTime.isZero()) {
            throw new IllegalArgumentException("drainTime must be positive: " + drainTime);
        }
        if (minReplicas < 0 || maxReplicas < Math.max(1, minReplicas)) {
            throw new IllegalArgumentException("need 0 <= min <= max, max >= 1: " + minReplicas + ".." + maxReplicas);
        }
    }

    /** The same policy with another upper bound, e.g. a topic's current partition count. */
    public ScalingPolicy withMaxReplicas(int max) {
        return new ScalingPolicy(targetUtilization, drainTime, minReplicas, Math.max(Math.max(1, minReplicas), max));
    }

    /** The replicas {@code load} calls for right now, before stabilisation, with the reasons. */
    public Recommendation recommend(Load load) {
        var reasons = new ArrayList<String>();
        var steady = ceil(load.arrivalRate() * load.serviceTimeSeconds() / targetUtilization);
        reasons.add(format("steady state: ceil(λ %.3f/s × S %.4fs / ρ %.2f) = %d",
                load.arrivalRate(), load.serviceTimeSeconds(), targetUtilization, steady));
        var drainSeconds = drainTime.toMillis() / 1000.0;
        var drain = ceil((load.arrivalRate() + load.backlog() / drainSeconds) * load.serviceTimeSeconds());
        reasons.add(format("drain: ceil((λ %.3f/s + backlog %d / %.0fs) × S %.4fs) = %d",
                load.arrivalRate(), load.backlog(), drainSeconds, load.serviceTimeSeconds(), drain));
        var wanted = Math.max(steady, drain);
        var bounded = Math.clamp(wanted, Math.max(1, minReplicas), maxReplicas);
        if (bounded != wanted) {
            reasons.add(format("bounded to [%d, %d]: %d", Math.max(1, minReplicas), maxReplicas, bounded));
        }
        return new Recommendation(bounded, reasons);
    }

    private static int ceil(double replicas) {
        // 1e-9 absorbs floating-point noise: 0.7 × 10 / 0.7 must give 10, not 11.
        return (int) Math.min(Integer.MAX_VALUE, Math.ceil(Math.max(0, replicas) - 1e-9));
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
