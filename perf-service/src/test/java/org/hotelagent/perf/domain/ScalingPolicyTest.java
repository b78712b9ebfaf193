package org.hotelagent.perf.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ScalingPolicyTest {

    private final ScalingPolicy policy = new ScalingPolicy(0.7, Duration.ofSeconds(60), 1, 6);

    @Test
    void keepsUtilisationAtTheTargetWithoutBacklog() {
        var advice = policy.recommend(new Load(10, 0.2, 0));

        assertThat(advice.replicas()).isEqualTo(3);
        assertThat(advice.reasons()).anyMatch(reason -> reason.startsWith("steady state") && reason.endsWith("= 3"));
    }

    @Test
    void givesExactMultiplesNoExtraReplica() {
        var advice = new ScalingPolicy(0.5, Duration.ofSeconds(60), 1, 10).recommend(new Load(10, 0.2, 0));

        assertThat(advice.replicas()).isEqualTo(4);
    }

    @Test
    void addsReplicasToDrainABacklogWithinTheDrainTime() {
        var advice = policy.recommend(new Load(2, 0.5, 120));

        // steady: ceil(2 × 0.5 / 0.7) = 2; drain: (2 + 120/60) × 0.5 = 2, and with 240 waiting (2 + 4) × 0.5 = 3
        assertThat(advice.replicas()).isEqualTo(2);
        assertThat(policy.recommend(new Load(2, 0.5, 240)).replicas()).isEqualTo(3);
    }

    @Test
    void neverExceedsTheMaximumAndSaysSo() {
        var advice = policy.recommend(new Load(100, 1, 10_000));

        assertThat(advice.replicas()).isEqualTo(6);
        assertThat(advice.reasons()).last().asString().startsWith("bounded to [1, 6]");
    }

    @Test
    void keepsTheMinimumWhenIdle() {
        var advice = new ScalingPolicy(0.7, Duration.ofSeconds(60), 2, 6).recommend(new Load(0, 0.1, 0));

        assertThat(advice.replicas()).isEqualTo(2);
    }

    @Test
    void keepsOneReplicaEvenWithAZeroMinimum() {
        assertThat(new ScalingPolicy(0.7, Duration.ofSeconds(60), 0, 6).recommend(new Load(0, 0.1, 0)).replicas())
                .isEqualTo(1);
    }

    @Test
    void lowersTheMaximumToThePartitionCountButNotBelowTheMinimum() {
        assertThat(policy.withMaxReplicas(3).maxReplicas()).isEqualTo(3);
        assertThat(new ScalingPolicy(0.7, Duration.ofSeconds(60), 2, 6).withMaxReplicas(1).maxReplicas())
                .isEqualTo(2);
    }

    @Test
    void rejectsATargetUtilisationOutsideZeroToOne() {
        assertThatThrownBy(() -> new ScalingPolicy(1.5, Duration.ofSeconds(60), 1, 6))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScalingPolicy(0, Duration.ofSeconds(60), 1, 6))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
