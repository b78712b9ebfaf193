package org.hotelagent.perf.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.hotelagent.perf.domain.Decision;
import org.hotelagent.perf.domain.HpaStatus;

/** The replicas advised for one service and why. */
@Schema(description = "Replicas advised for one service, with the figures and reasons behind the advice")
public record ScalingHintResponse(
        @Schema(description = "Service (Deployment) name", example = "nlp-service") String service,
        @Schema(description = "When the service was last observed") Instant decidedAt,
        @Schema(description = "Replicas advised, after bounds and scale-down stabilisation") int desiredReplicas,
        @Schema(description = "Upper bound: the input topic's partitions or the configured maximum") int maxReplicas,
        @Schema(description = "λ: messages arriving per second") double arrivalRate,
        @Schema(description = "Messages completed (committed) per second") double completionRate,
        @Schema(description = "S: mean processing seconds per message used by the advice") double serviceTimeSeconds,
        @Schema(description = "95th percentile of the processing seconds, when the timer has buckets",
                nullable = true) Double serviceTimeP95Seconds,
        @Schema(description = "Messages waiting on the input topic (consumer lag)") long backlog,
        @Schema(description = "The arithmetic behind the advice, in order") List<String> reasons,
        @Schema(description = "The advice applied to the service's HPA; absent unless perf.kubernetes.apply-hints "
                + "is on", nullable = true) HpaStatusResponse hpa) {

    static ScalingHintResponse from(Decision decision, Optional<HpaStatus> hpa) {
        return new ScalingHintResponse(decision.service(), decision.at(), decision.desiredReplicas(),
                decision.maxReplicas(), decision.arrivalRate(), decision.completionRate(), decision.serviceTime(),
                decision.serviceTimeP95().orElse(null), decision.backlog(), decision.reasons(),
                hpa.map(HpaStatusResponse::from).orElse(null));
    }
}
