package org.hotelagent.perf.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The replicas perf-service advises for one service at one instant, with the figures and reasons behind them.
 *
 * @param arrivalRate     λ, messages (Kafka: log-end growth; HTTP: timer count growth) per second
 * @param completionRate  messages per second the group committed (Kafka consumers; HTTP: equal to λ)
 * @param serviceTime     S, mean seconds per message used in the decision
 * @param serviceTimeP95  95th percentile of the processing time, when the timer publishes histogram buckets
 * @param backlog         consumer lag summed over the input topic's partitions
 */
public record Decision(String service, Instant at, int desiredReplicas, int maxReplicas, double arrivalRate,
                       double completionRate, double serviceTime, Optional<Double> serviceTimeP95, long backlog,
                       List<String> reasons) {

    /** Estimates above this are reported as this: a stalled consumer is "an hour or worse". */
    public static final double LATENCY_CAP_SECONDS = 3600;

    public Decision {
        reasons = List.copyOf(reasons);
    }

    /**
     * The latency a message arriving now can expect on this hop by Little's law: the backlog divided by the rate it
     * is being worked off, plus its own service time; capped at {@value #LATENCY_CAP_SECONDS} when nothing completes.
     */
    public double estimatedLatencySeconds() {
        if (backlog == 0) {
            return serviceTime;
        }
        return Math.min(LATENCY_CAP_SECONDS, serviceTime + (completionRate > 0 ? backlog / completionRate
                : LATENCY_CAP_SECONDS));
    }
}
