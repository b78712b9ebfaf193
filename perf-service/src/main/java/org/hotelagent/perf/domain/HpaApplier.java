package org.hotelagent.perf.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;

import org.hotelagent.perf.client.HpaClient;
import org.hotelagent.perf.config.PerfConfig;

/**
 * When {@code perf.kubernetes.apply-hints} is on, makes each advised service's HPA (same name as the service) follow
 * the advice through its minReplicas, by the rule of {@link HpaBounds#follow}. Off, it never touches the client, so
 * nothing contacts a cluster. A failure (no RBAC, no HPA, API server down) is logged, counted and shown on the
 * scaling hints, never thrown: the advice and its gauges do not depend on the API server.
 */
@ApplicationScoped
public class HpaApplier {

    private static final String RECONCILED = "hotel.perf.hpa.reconciled";

    private final boolean enabled;
    private final HpaClient hpas;
    private final MeterRegistry registry;
    private final Map<String, HpaStatus> statuses = new ConcurrentHashMap<>();

    HpaApplier(PerfConfig config, HpaClient hpas, MeterRegistry registry) {
        this.enabled = config.kubernetes().applyHints();
        this.hpas = hpas;
        this.registry = registry;
    }

    /** An asynchronous observer, so on a worker thread: the fabric8 client blocks. */
    void apply(@ObservesAsync Decision decision) {
        if (!enabled) {
            return;
        }
        var service = decision.service();
        var previous = Optional.ofNullable(statuses.get(service));
        HpaStatus status;
        try {
            status = reconcile(decision, previous);
        } catch (RuntimeException e) {
            status = HpaStatus.failed(Instant.now(), describe(e), previous);
            // Once per distinct error, not every tick: a missing HPA or Role would flood the log.
            if (!previous.flatMap(HpaStatus::error).equals(status.error())) {
                Log.warnf("Could not apply the advice to HPA %s: %s", service, status.error().get());
            }
        }
        statuses.put(service, status);
        Counter.builder(RECONCILED).description("Attempts to make the service's HPA minReplicas follow the advice")
                .tags("service", service, "outcome", status.outcome().label()).register(registry).increment();
    }

    /** What was last done to the service's HPA; empty while the applier is off or before its first decision. */
    public Optional<HpaStatus> status(String service) {
        return Optional.ofNullable(statuses.get(service));
    }

    /** The message and, when the client wraps it (connection refused, timeout), the root cause. */
    private static String describe(RuntimeException failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        var message = Objects.requireNonNullElse(failure.getMessage(), failure.toString());
        return root == failure ? message : message + " (" + root + ")";
    }

    private HpaStatus reconcile(Decision decision, Optional<HpaStatus> previous) {
        var name = decision.service();
        var bounds = hpas.bounds(name).orElseThrow(() -> new IllegalStateException(
                "no HorizontalPodAutoscaler " + name + " in namespace " + hpas.namespace()));
        var patch = bounds.follow(decision.desiredReplicas());
        if (patch.isEmpty()) {
            return HpaStatus.unchanged(Instant.now(), bounds, previous);
        }
        hpas.patch(name, bounds, patch.get());
        Log.infof("HPA %s: minReplicas %d -> %d (advice %d, floor %d, maxReplicas %d)", name, bounds.minReplicas(),
                patch.get().minReplicas(), decision.desiredReplicas(), patch.get().floor(), bounds.maxReplicas());
        return HpaStatus.patched(Instant.now(), patch.get());
    }
}
