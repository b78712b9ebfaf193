package org.hotelagent.perf.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class ScaleDownStabilizerTest {

    private static final Instant T0 = Instant.parse("2026-07-01T09:00:00Z");

    private final ScaleDownStabilizer stabilizer = new ScaleDownStabilizer(Duration.ofMinutes(5));

    @Test
    void scalesUpAtOnce() {
        stabilizer.stabilize(T0, advice(2));

        assertThat(stabilizer.stabilize(T0.plusSeconds(15), advice(5)).replicas()).isEqualTo(5);
    }

    @Test
    void holdsTheHighestRecommendationOfTheWindowBeforeScalingDown() {
        stabilizer.stabilize(T0, advice(5));

        var held = stabilizer.stabilize(T0.plusSeconds(60), advice(2));
        var released = stabilizer.stabilize(T0.plusSeconds(301), advice(2));

        assertThat(held.replicas()).isEqualTo(5);
        assertThat(held.reasons()).last().asString().contains("highest of the last 300s is 5");
        assertThat(released.replicas()).isEqualTo(2);
    }

    @Test
    void doesNotFlapOnAlternatingLoad() {
        var replicas = new int[] {4, 1, 4, 1, 4, 1};
        var advised = new java.util.ArrayList<Integer>();
        for (var i = 0; i < replicas.length; i++) {
            advised.add(stabilizer.stabilize(T0.plusSeconds(30L * i), advice(replicas[i])).replicas());
        }

        assertThat(advised).containsOnly(4);
    }

    private static Recommendation advice(int replicas) {
        return new Recommendation(replicas, List.of("test"));
    }
}
