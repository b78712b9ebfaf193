package org.hotelagent.perf.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

class ServiceTrackerTest {

    private static final Instant T0 = Instant.parse("2026-07-01T09:00:00Z");

    private final ServiceTracker tracker = new ServiceTracker("nlp-service",
            new ScalingPolicy(0.7, Duration.ofSeconds(60), 1, 10), Duration.ofMinutes(5), Duration.ofMillis(100));

    @Test
    void startsFromTheBacklogAndTheDefaultServiceTime() {
        var first = tracker.decide(kafka(T0, 1000, 400, 6, new TimerSample(0, 0, Map.of())));

        // drain only: (0 + 600 / 60) × 0.1 = 1
        assertThat(first.desiredReplicas()).isEqualTo(1);
        assertThat(first.backlog()).isEqualTo(600);
        assertThat(first.serviceTime()).isEqualTo(0.1);
        assertThat(first.reasons()).first().asString().startsWith("first measurement");
    }

    @Test
    void measuresRatesAndServiceTimeFromTheSecondObservation() {
        tracker.decide(kafka(T0, 1000, 1000, 6, new TimerSample(100, 10, Map.of())));

        var second = tracker.decide(kafka(T0.plusSeconds(10), 1300, 1250, 6, new TimerSample(350, 85, Map.of())));

        assertThat(second.arrivalRate()).isCloseTo(30, within(1e-9));
        assertThat(second.completionRate()).isCloseTo(25, within(1e-9));
        assertThat(second.serviceTime()).isCloseTo(0.3, within(1e-9));
        // steady: ceil(30 × 0.3 / 0.7) = 13, capped by the 6 partitions
        assertThat(second.desiredReplicas()).isEqualTo(6);
        assertThat(second.maxReplicas()).isEqualTo(6);
    }

    @Test
    void keepsTheLastServiceTimeWhenNothingWasTimed() {
        tracker.decide(kafka(T0, 0, 0, 6, new TimerSample(10, 2, Map.of())));
        tracker.decide(kafka(T0.plusSeconds(10), 10, 10, 6, new TimerSample(20, 7, Map.of())));

        var idle = tracker.decide(kafka(T0.plusSeconds(20), 10, 10, 6, new TimerSample(20, 7, Map.of())));

        assertThat(idle.serviceTime()).isCloseTo(0.5, within(1e-9));
        assertThat(idle.reasons()).anyMatch(reason -> reason.startsWith("no message timed"));
    }

    @Test
    void takesTheArrivalRateOfAnHttpServiceFromItsTimer() {
        tracker.decide(http(T0, new TimerSample(0, 0, Map.of())));

        var second = tracker.decide(http(T0.plusSeconds(10), new TimerSample(200, 40, Map.of())));

        assertThat(second.arrivalRate()).isCloseTo(20, within(1e-9));
        // ceil(20 × 0.2 / 0.7) = 6
        assertThat(second.desiredReplicas()).isEqualTo(6);
        assertThat(second.maxReplicas()).isEqualTo(10);
    }

    @Test
    void saysWhenItCouldNotMeasure() {
        tracker.decide(new Observation(T0, Optional.empty(), OptionalInt.empty(), Optional.empty()));

        var blind = tracker.decide(new Observation(T0.plusSeconds(10), Optional.empty(), OptionalInt.empty(),
                Optional.empty()));

        assertThat(blind.desiredReplicas()).isEqualTo(1);
        assertThat(blind.reasons()).anyMatch(reason -> reason.startsWith("rates unknown"));
    }

    private static Observation kafka(Instant at, long logEnd, long committed, int partitions, TimerSample timer) {
        return new Observation(at, Optional.of(new OffsetSnapshot(at, logEnd, committed)), OptionalInt.of(partitions),
                Optional.of(timer));
    }

    private static Observation http(Instant at, TimerSample timer) {
        return new Observation(at, Optional.empty(), OptionalInt.empty(), Optional.of(timer));
    }
}
