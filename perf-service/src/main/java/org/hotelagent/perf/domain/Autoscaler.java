package org.hotelagent.perf.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** A rule that picks a replica count from what a Kafka consumer's operator can observe; used by the backtest. */
public sealed interface Autoscaler {

    /** What the rule sees at one evaluation: cumulative offsets and timer totals, as Kafka and Prometheus give them. */
    record View(Instant at, long logEnd, long committed, long timedCount, double timedSeconds, int partitions) {
    }

    String name();

    int desired(View view);

    /** Ours: {@link ServiceTracker} (λ·S/ρ plus backlog drain, bounded, scale-down stabilised). */
    static Autoscaler advisor(ScalingPolicy policy, Duration scaleDownWindow, Duration defaultServiceTime) {
        return new Advisor(new ServiceTracker("backtest", policy, scaleDownWindow, defaultServiceTime));
    }

    /** KEDA's Kafka scaler through the HPA: {@code ceil(lag / lagThreshold)}, bounded, same stabilisation window. */
    static Autoscaler keda(long lagThreshold, int minReplicas, int maxReplicas, Duration scaleDownWindow) {
        return new Keda(lagThreshold, minReplicas, maxReplicas, new ScaleDownStabilizer(scaleDownWindow));
    }

    /** Adapter from the simulation's view to the production tracker's observation. */
    record Advisor(ServiceTracker tracker) implements Autoscaler {

        @Override
        public String name() {
            return "perf-service policy";
        }

        @Override
        public int desired(View view) {
            var observation = new Observation(view.at(),
                    Optional.of(new OffsetSnapshot(view.at(), view.logEnd(), view.committed())),
                    OptionalInt.of(view.partitions()),
                    Optional.of(new TimerSample(view.timedCount(), view.timedSeconds(), Map.of())));
            return tracker.decide(observation).desiredReplicas();
        }
    }

    /** The KEDA-style rule the backtest compares against. */
    record Keda(long lagThreshold, int minReplicas, int maxReplicas, ScaleDownStabilizer stabilizer)
            implements Autoscaler {

        @Override
        public String name() {
            return "KEDA lag/" + lagThreshold;
        }

        @Override
        public int desired(View view) {
            var lag = Math.max(0, view.logEnd() - view.committed());
            var wanted = (int) Math.clamp((lag + lagThreshold - 1) / lagThreshold, Math.max(1, minReplicas),
                    Math.min(maxReplicas, view.partitions()));
            return stabilizer.stabilize(view.at(), new Recommendation(wanted, List.of())).replicas();
        }
    }
}
