package org.hotelagent.gateway.domain;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.hotelagent.gateway.config.GatewayConfig;

/**
 * Load shedding for channel webhooks: at most {@code gateway.webhooks-in-flight} are being published at once. Past
 * that a request is refused before any work (the channel retries it), so an overload keeps memory bounded instead of
 * queueing requests into a garbage-collection spiral.
 */
@ApplicationScoped
public class IngestLimit {

    private final AtomicInteger inFlight = new AtomicInteger();
    private final int limit;
    private final Counter shed;

    IngestLimit(GatewayConfig config, MeterRegistry metrics) {
        this.limit = config.webhooksInFlight();
        this.shed = Counter.builder("hotel.gateway.webhooks.shed")
                .description("Webhooks refused with 503 because too many were in flight").register(metrics);
        Gauge.builder("hotel.gateway.webhooks.in.flight", inFlight, AtomicInteger::get)
                .description("Webhooks being published now").register(metrics);
    }

    /** True if the caller may go on, and must then {@link #release()}; false (counted) when the limit is reached. */
    public boolean tryAcquire() {
        if (inFlight.incrementAndGet() > limit) {
            inFlight.decrementAndGet();
            shed.increment();
            return false;
        }
        return true;
    }

    public void release() {
        inFlight.decrementAndGet();
    }
}
