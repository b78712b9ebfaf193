package org.hotelagent.perf.domain;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToDoubleFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Publishes each service's latest {@link Decision} as Prometheus gauges tagged {@code service}: the desired replicas
 * (the HPA's external metric through the Prometheus Adapter) and the figures behind them.
 */
@ApplicationScoped
public class ScalingGauges {

    public static final String DESIRED_REPLICAS = "hotel.perf.replicas.desired";

    private final MeterRegistry registry;
    /** The gauges' state; Micrometer only holds it weakly. */
    private final Map<String, AtomicReference<Decision>> latest = new ConcurrentHashMap<>();

    ScalingGauges(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(@Observes Decision decision) {
        latest.computeIfAbsent(decision.service(), this::register).set(decision);
    }

    private AtomicReference<Decision> register(String service) {
        var decision = new AtomicReference<Decision>();
        gauge(DESIRED_REPLICAS, service, decision, Decision::desiredReplicas, "Replicas perf-service advises");
        gauge("hotel.perf.replicas.max", service, decision, Decision::maxReplicas,
                "Upper bound of the advice: the input topic's partitions or the configured maximum");
        gauge("hotel.perf.arrival.rate", service, decision, Decision::arrivalRate, "Messages arriving per second");
        gauge("hotel.perf.completion.rate", service, decision, Decision::completionRate,
                "Messages the service completed (committed) per second");
        gauge("hotel.perf.service.time", service, decision, Decision::serviceTime,
                "Mean seconds of processing per message used by the advice");
        gauge("hotel.perf.service.time.p95", service, decision,
                latest -> latest.serviceTimeP95().orElse(Double.NaN), "95th percentile of the processing seconds");
        gauge("hotel.perf.backlog", service, decision, Decision::backlog, "Messages waiting on the input topic");
        gauge("hotel.perf.latency.estimated", service, decision, Decision::estimatedLatencySeconds,
                "Seconds a message arriving now can expect on this hop (backlog / completion rate + service time)");
        return decision;
    }

    private void gauge(String name, String service, AtomicReference<Decision> state, ToDoubleFunction<Decision> value,
                       String description) {
        Gauge.builder(name, state, reference -> reference.get() == null ? Double.NaN : value.applyAsDouble(
                        reference.get()))
                .description(description).tag("service", service).register(registry);
    }
}
