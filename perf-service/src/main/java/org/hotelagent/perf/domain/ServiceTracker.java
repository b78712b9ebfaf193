package org.hotelagent.perf.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The functional core of the advice for one service: turns successive {@link Observation}s into rates, a service
 * time, a {@link Load} and a stabilised {@link Decision}. Keeps the previous observation, the last known service time
 * and the scale-down window; not thread-safe (one scheduler drives it).
 */
public final class ServiceTracker {

    private final String service;
    private final ScalingPolicy policy;
    private final ScaleDownStabilizer stabilizer;
    private Optional<Observation> previous = Optional.empty();
    private double serviceTime;

    /** {@code defaultServiceTime} serves until the service's timer has seen messages. */
    public ServiceTracker(String service, ScalingPolicy policy, Duration scaleDownWindow, Duration defaultServiceTime) {
        this.service = service;
        this.policy = policy;
        this.stabilizer = new ScaleDownStabilizer(scaleDownWindow);
        this.serviceTime = defaultServiceTime.toNanos() / 1e9;
    }

    public Decision decide(Observation now) {
        var reasons = new ArrayList<String>();
        var rates = rates(now, reasons);
        var timerBefore = previous.flatMap(Observation::timer);
        var p95 = now.timer().flatMap(timer -> timerBefore.flatMap(before -> timer.quantileSince(before, 0.95)));
        updateServiceTime(now, timerBefore, reasons);
        var backlog = now.offsets().map(OffsetSnapshot::backlog).orElse(0L);
        var bounded = now.partitions().isPresent()
                ? policy.withMaxReplicas(Math.min(policy.maxReplicas(), now.partitions().getAsInt())) : policy;
        var raw = bounded.recommend(new Load(rates.arrivalRate(), serviceTime, backlog));
        var stable = stabilizer.stabilize(now.at(), raw);
        reasons.addAll(stable.reasons());
        previous = Optional.of(now);
        return new Decision(service, now.at(), stable.replicas(), bounded.maxReplicas(), rates.arrivalRate(),
                rates.completionRate(), serviceTime, p95, backlog, reasons);
    }

    private RateEstimate rates(Observation now, List<String> reasons) {
        if (previous.isEmpty()) {
            reasons.add("first measurement: rates need a second one");
            return RateEstimate.NONE;
        }
        var before = previous.get();
        if (now.offsets().isPresent() && before.offsets().isPresent()) {
            return RateEstimate.between(before.offsets().get(), now.offsets().get());
        }
        if (now.offsets().isEmpty() && now.timer().isPresent() && before.timer().isPresent()) {
            var seconds = Duration.between(before.at(), now.at()).toMillis() / 1000.0;
            var rate = seconds <= 0 ? 0 : Math.max(0, now.timer().get().count() - before.timer().get().count()) / seconds;
            reasons.add("no input topic: λ from the timer's count");
            return new RateEstimate(rate, rate);
        }
        reasons.add("rates unknown (Kafka or metrics unavailable): λ taken as 0");
        return RateEstimate.NONE;
    }

    private void updateServiceTime(Observation now, Optional<TimerSample> before, List<String> reasons) {
        var measured = now.timer().flatMap(timer -> before.flatMap(timer::meanSecondsSince));
        measured.ifPresentOrElse(seconds -> serviceTime = seconds,
                () -> reasons.add(String.format(Locale.ROOT,
                        "no message timed since the last measurement: S stays %.4fs", serviceTime)));
    }
}
