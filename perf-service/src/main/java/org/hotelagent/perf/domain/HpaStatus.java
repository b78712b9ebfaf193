package org.hotelagent.perf.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the applier last did to one service's HPA. After a failure, minReplicas, floor and patchedAt still tell the
 * last state known to be in place, and error tells why the latest attempt failed.
 */
public record HpaStatus(Instant checkedAt, Outcome outcome, OptionalInt minReplicas, OptionalInt floor,
                        Optional<Instant> patchedAt, Optional<String> error) {

    /** The result of one attempt; also the {@code outcome} tag of the {@code hotel.perf.hpa.reconciled} counter. */
    public enum Outcome {
        PATCHED, UNCHANGED, FAILED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static HpaStatus patched(Instant at, HpaBounds.Patch patch) {
        return new HpaStatus(at, Outcome.PATCHED, OptionalInt.of(patch.minReplicas()), OptionalInt.of(patch.floor()),
                Optional.of(at), Optional.empty());
    }

    static HpaStatus unchanged(Instant at, HpaBounds bounds, Optional<HpaStatus> previous) {
        return new HpaStatus(at, Outcome.UNCHANGED, OptionalInt.of(bounds.minReplicas()),
                OptionalInt.of(bounds.effectiveFloor()), previous.flatMap(HpaStatus::patchedAt), Optional.empty());
    }

    static HpaStatus failed(Instant at, String error, Optional<HpaStatus> previous) {
        return new HpaStatus(at, Outcome.FAILED, previous.map(HpaStatus::minReplicas).orElse(OptionalInt.empty()),
                previous.map(HpaStatus::floor).orElse(OptionalInt.empty()), previous.flatMap(HpaStatus::patchedAt),
                Optional.of(error));
    }
}
