package org.hotelagent.perf.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

class HpaBoundsTest {

    @Test
    void raisesMinReplicasToTheAdviceAndRecordsTheOwnersMinimumAsFloor() {
        var untouched = hpa(2, 6, OptionalInt.empty(), OptionalInt.empty());

        assertThat(untouched.follow(4)).contains(new HpaBounds.Patch(4, 2));
    }

    @Test
    void lowersMinReplicasWithTheAdviceButNotBelowTheFloor() {
        var ours = hpa(5, 6, OptionalInt.of(2), OptionalInt.of(5));

        assertThat(ours.follow(3)).contains(new HpaBounds.Patch(3, 2));
        assertThat(ours.follow(1)).contains(new HpaBounds.Patch(2, 2));
    }

    @Test
    void neverGoesAboveMaxReplicas() {
        var devCapped = hpa(1, 2, OptionalInt.empty(), OptionalInt.empty());

        assertThat(devCapped.follow(6)).contains(new HpaBounds.Patch(2, 1));
    }

    @Test
    void patchesNothingWhenMinReplicasAlreadyFollowsTheAdvice() {
        assertThat(hpa(3, 6, OptionalInt.of(1), OptionalInt.of(3)).follow(3)).isEmpty();
        assertThat(hpa(2, 6, OptionalInt.empty(), OptionalInt.empty()).follow(1)).isEmpty();
    }

    @Test
    void takesAMinReplicasSetBySomeoneElseAsTheNewFloor() {
        var raisedByHand = hpa(4, 6, OptionalInt.of(1), OptionalInt.of(3));
        var loweredByKubectlApply = hpa(1, 6, OptionalInt.of(2), OptionalInt.of(5));

        assertThat(raisedByHand.effectiveFloor()).isEqualTo(4);
        assertThat(raisedByHand.follow(3)).isEmpty();
        assertThat(raisedByHand.follow(5)).contains(new HpaBounds.Patch(5, 4));
        assertThat(loweredByKubectlApply.follow(3)).contains(new HpaBounds.Patch(3, 1));
    }

    private static HpaBounds hpa(int min, int max, OptionalInt floor, OptionalInt lastApplied) {
        return new HpaBounds("1", min, max, floor, lastApplied);
    }
}
