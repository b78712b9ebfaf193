package org.hotelagent.perf.domain;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * One HPA's replica bounds as read from the API server, with the two annotations the applier leaves on it: the floor
 * it keeps minReplicas above and the minReplicas it last wrote.
 *
 * @param resourceVersion the version read, so that a patch computed from it fails rather than overwrite a change
 * @param floor           the lowest minReplicas the applier may set, recorded at its first patch
 * @param lastApplied     the minReplicas the applier last wrote
 */
public record HpaBounds(String resourceVersion, int minReplicas, int maxReplicas, OptionalInt floor,
                        OptionalInt lastApplied) {

    /** The minReplicas to write and the floor to record with it. */
    public record Patch(int minReplicas, int floor) {
    }

    /**
     * The floor: the recorded one while minReplicas is still what the applier last wrote; otherwise someone else
     * (a human, {@code kubectl apply}) set minReplicas, and their value is the floor from now on.
     */
    public int effectiveFloor() {
        var ours = lastApplied.isPresent() && lastApplied.getAsInt() == minReplicas;
        return ours && floor.isPresent() ? floor.getAsInt() : minReplicas;
    }

    /**
     * minReplicas following the advice: {@code desiredReplicas} clamped to [floor, maxReplicas], so the HPA never
     * runs fewer pods than advised nor than its owner asked for, and maxReplicas stays its owner's; empty when
     * minReplicas already has that value.
     */
    public Optional<Patch> follow(int desiredReplicas) {
        var floor = effectiveFloor();
        var target = Math.min(Math.max(desiredReplicas, floor), maxReplicas);
        return target == minReplicas ? Optional.empty() : Optional.of(new Patch(target, floor));
    }
}
