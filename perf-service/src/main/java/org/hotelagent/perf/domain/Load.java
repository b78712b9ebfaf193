package org.hotelagent.perf.domain;

/**
 * What a service faces at one measurement.
 *
 * @param arrivalRate        λ, messages (or requests) per second arriving
 * @param serviceTimeSeconds S, mean seconds one replica works on one message
 * @param backlog            messages waiting (consumer lag), 0 for HTTP services
 */
public record Load(double arrivalRate, double serviceTimeSeconds, long backlog) {

    public Load {
        if (arrivalRate < 0 || serviceTimeSeconds < 0 || backlog < 0) {
            throw new IllegalArgumentException("load figures cannot be negative: " + arrivalRate + ", "
                    + serviceTimeSeconds + ", " + backlog);
        }
    }
}
