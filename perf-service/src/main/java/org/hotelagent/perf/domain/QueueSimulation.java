package org.hotelagent.perf.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A discrete-time (one-second steps) simulation of one Kafka-fed service: messages queue FIFO, each ready replica
 * serves {@code 1/serviceTime} messages per second, the autoscaler is asked every {@code controlInterval}, and a new
 * replica serves only after {@code podStartDelay}. Fluid model: fractions of messages flow, so a run is deterministic.
 *
 * @param slo latency bound of one message (waiting plus service) counted as an SLO violation when exceeded
 */
public record QueueSimulation(Duration serviceTime, Duration podStartDelay, Duration controlInterval, Duration slo,
                              int partitions, int initialReplicas) {

    private static final Instant START = Instant.parse("2026-07-01T00:00:00Z");
    private static final double EPSILON = 1e-12;

    public BacktestResult run(LoadTrace trace, Autoscaler autoscaler) {
        var run = new Run(trace.seconds() + (int) podStartDelay.toSeconds() + 1);
        for (var second = 0; second < trace.seconds(); second++) {
            run.step(second, trace.arrivalsAt(second), autoscaler);
        }
        var backlog = run.queue.stream().mapToDouble(batch -> batch.messages).sum();
        return new BacktestResult(autoscaler.name(), run.arrived, run.late + backlog, run.replicaSeconds / 60,
                run.peak);
    }

    /** A batch of messages that arrived in the same second. */
    private static final class Batch {
        private final int arrivedAt;
        private double messages;

        Batch(int arrivedAt, double messages) {
            this.arrivedAt = arrivedAt;
            this.messages = messages;
        }
    }

    /** The state of one run: queue, replicas ready and starting, and the running totals. */
    private final class Run {
        private final Deque<Batch> queue = new ArrayDeque<>();
        private final int[] startingAt;
        private int ready = initialReplicas;
        private int target = initialReplicas;
        private int peak = initialReplicas;
        private double arrived;
        private double completed;
        private double late;
        private double replicaSeconds;

        Run(int seconds) {
            this.startingAt = new int[seconds];
        }

        void step(int second, double arrivals, Autoscaler autoscaler) {
            ready = Math.min(target, ready + startingAt[second]);
            arrived += arrivals;
            queue.addLast(new Batch(second, arrivals));
            serve(second);
            if ((second + 1) % controlInterval.toSeconds() == 0) {
                control(second + 1, autoscaler);
            }
            replicaSeconds += target;
        }

        private void serve(int second) {
            var serviceSeconds = serviceTime.toMillis() / 1000.0;
            var capacity = ready / serviceSeconds;
            while (capacity > EPSILON && !queue.isEmpty()) {
                var head = queue.peekFirst();
                var served = Math.min(capacity, head.messages);
                if (second - head.arrivedAt + serviceSeconds > slo.toMillis() / 1000.0) {
                    late += served;
                }
                completed += served;
                capacity -= served;
                head.messages -= served;
                if (head.messages <= EPSILON) {
                    queue.removeFirst();
                }
            }
        }

        /** Asks the autoscaler at {@code second}; new replicas get ready after the start delay, removals are at once. */
        private void control(int second, Autoscaler autoscaler) {
            var view = new Autoscaler.View(START.plusSeconds(second), Math.round(arrived), Math.round(completed),
                    Math.round(completed), completed * serviceTime.toMillis() / 1000.0, partitions);
            var wanted = autoscaler.desired(view);
            if (wanted > target) {
                startingAt[second + (int) podStartDelay.toSeconds()] += wanted - target;
            }
            target = wanted;
            ready = Math.min(ready, target);
            peak = Math.max(peak, target);
        }
    }
}
