package org.hotelagent.perf.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;

/**
 * Scales up at once but down only to the highest recommendation of the last {@code window}, as the Kubernetes HPA
 * does, so a short lull between two bursts does not remove replicas that the next burst needs again (no flapping).
 * Not thread-safe: one instance per service, driven by one scheduler.
 */
public final class ScaleDownStabilizer {

    private record Sample(Instant at, int replicas) {
    }

    private final Duration window;
    private final Deque<Sample> history = new ArrayDeque<>();

    public ScaleDownStabilizer(Duration window) {
        this.window = window;
    }

    /** Records {@code raw} at {@code now} and answers the stabilised recommendation. */
    public Recommendation stabilize(Instant now, Recommendation raw) {
        history.addLast(new Sample(now, raw.replicas()));
        while (history.peekFirst().at().isBefore(now.minus(window))) {
            history.removeFirst();
        }
        var highest = history.stream().mapToInt(Sample::replicas).max().orElse(raw.replicas());
        if (highest == raw.replicas()) {
            return raw;
        }
        var reasons = new ArrayList<>(raw.reasons());
        reasons.add("scale-down stabilisation: highest of the last " + window.toSeconds() + "s is " + highest);
        return new Recommendation(highest, reasons);
    }
}
