package org.hotelagent.perf.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.hotelagent.perf.domain.HpaStatus;

/** What perf-service last did to one service's HPA. */
@Schema(description = "What perf-service last did to the service's HPA (perf.kubernetes.apply-hints)")
public record HpaStatusResponse(
        @Schema(description = "When the HPA was last read") Instant checkedAt,
        @Schema(description = "Result of that attempt", enumeration = {"patched", "unchanged", "failed"})
        String outcome,
        @Schema(description = "The HPA's minReplicas at its last successful read or patch", nullable = true)
        Integer minReplicas,
        @Schema(description = "minReplicas never goes below this: the HPA's own minReplicas before perf-service "
                + "set it, or the last one set by someone else", nullable = true) Integer floor,
        @Schema(description = "When perf-service last patched the HPA", nullable = true) Instant patchedAt,
        @Schema(description = "Why the last attempt failed", nullable = true) String error) {

    static HpaStatusResponse from(HpaStatus status) {
        return new HpaStatusResponse(status.checkedAt(), status.outcome().label(),
                status.minReplicas().isPresent() ? status.minReplicas().getAsInt() : null,
                status.floor().isPresent() ? status.floor().getAsInt() : null, status.patchedAt().orElse(null),
                status.error().orElse(null));
    }
}
