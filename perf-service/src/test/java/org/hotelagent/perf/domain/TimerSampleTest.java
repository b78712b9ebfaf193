package org.hotelagent.perf.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.junit.jupiter.api.Test;

class TimerSampleTest {

    @Test
    void meanIsTheSecondsPerEventBetweenTwoScrapes() {
        var before = new TimerSample(10, 2.0, Map.of());
        var after = new TimerSample(30, 8.0, Map.of());

        assertThat(after.meanSecondsSince(before)).hasValueSatisfying(mean -> assertThat(mean).isCloseTo(0.3,
                within(1e-9)));
        assertThat(before.meanSecondsSince(before)).isEmpty();
    }

    @Test
    void quantileInterpolatesInsideTheBucketLikeHistogramQuantile() {
        var before = new TimerSample(0, 0, Map.of(0.1, 0.0, 0.5, 0.0, Double.POSITIVE_INFINITY, 0.0));
        var after = new TimerSample(100, 20, Map.of(0.1, 50.0, 0.5, 100.0, Double.POSITIVE_INFINITY, 100.0));

        // rank 95 lies 45/50 of the way through (0.1, 0.5]
        assertThat(after.quantileSince(before, 0.95)).hasValueSatisfying(p95 -> assertThat(p95).isCloseTo(0.46,
                within(1e-9)));
    }

    @Test
    void quantileIsEmptyWithoutBuckets() {
        assertThat(new TimerSample(10, 1, Map.of()).quantileSince(TimerSample.EMPTY, 0.95)).isEmpty();
    }
}
