package org.hotelagent.perf.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DecisionTest {

    @Test
    void estimatesLatencyByLittlesLaw() {
        assertThat(decision(100, 20, 0.5).estimatedLatencySeconds()).isCloseTo(5.5, within(1e-9));
    }

    @Test
    void estimatesTheServiceTimeWithoutBacklog() {
        assertThat(decision(0, 0, 0.5).estimatedLatencySeconds()).isEqualTo(0.5);
    }

    @Test
    void capsTheEstimateWhenNothingCompletes() {
        assertThat(decision(10, 0, 0.5).estimatedLatencySeconds()).isEqualTo(Decision.LATENCY_CAP_SECONDS);
    }

    private static Decision decision(long backlog, double completionRate, double serviceTime) {
        return new Decision("nlp-service", Instant.EPOCH, 1, 6, 0, completionRate, serviceTime, Optional.empty(),
                backlog, List.of());
    }
}
