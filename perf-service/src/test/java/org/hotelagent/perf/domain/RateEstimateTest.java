package org.hotelagent.perf.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class RateEstimateTest {

    private static final Instant T0 = Instant.parse("2026-07-01T09:00:00Z");

    @Test
    void derivesArrivalsFromLogEndGrowthAndCompletionsFromCommits() {
        var rates = RateEstimate.between(new OffsetSnapshot(T0, 100, 90), new OffsetSnapshot(T0.plusSeconds(10), 150, 120));

        assertThat(rates.arrivalRate()).isCloseTo(5.0, within(1e-9));
        assertThat(rates.completionRate()).isCloseTo(3.0, within(1e-9));
    }

    @Test
    void givesNoRateForAnEmptyOrBackwardInterval() {
        var snapshot = new OffsetSnapshot(T0, 100, 90);

        assertThat(RateEstimate.between(snapshot, snapshot)).isEqualTo(RateEstimate.NONE);
        assertThat(RateEstimate.between(new OffsetSnapshot(T0.plusSeconds(5), 100, 90), snapshot))
                .isEqualTo(RateEstimate.NONE);
    }

    @Test
    void ignoresOffsetsThatWentBackwards() {
        var rates = RateEstimate.between(new OffsetSnapshot(T0, 100, 90), new OffsetSnapshot(T0.plusSeconds(10), 0, 0));

        assertThat(rates).isEqualTo(new RateEstimate(0, 0));
    }

    @Test
    void sumsOnlyThePartitionsOfTheInputTopic() {
        var lag = new ConsumerLag("nlp-service", List.of(
                new ConsumerLag.Partition("messages-received", 0, 10, 15),
                new ConsumerLag.Partition("messages-received", 1, 20, 20),
                new ConsumerLag.Partition("other", 0, 0, 1000)));

        var snapshot = OffsetSnapshot.of(T0, lag, "messages-received");

        assertThat(snapshot).isEqualTo(new OffsetSnapshot(T0, 35, 30));
        assertThat(snapshot.backlog()).isEqualTo(5);
    }
}
