package org.hotelagent.perf.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.hotelagent.perf.domain.ConsumerLag;

/** One consumer group's lag, in total and per partition. */
@Schema(description = "How far one consumer group is behind")
public record ConsumerLagResponse(
        @Schema(description = "Consumer group id", example = "orchestrator-service") String group,
        @Schema(description = "Sum of the lag over all its partitions") long totalLag,
        @Schema(description = "Each partition it has committed an offset on") List<PartitionLag> partitions) {

    /** The group's position on one partition. */
    @Schema(name = "PartitionLag", description = "A consumer group's position on one partition")
    public record PartitionLag(
            @Schema(description = "Topic name", example = "messages-received") String topic,
            @Schema(description = "Partition number") int partition,
            @Schema(description = "Next offset the group will read") long committedOffset,
            @Schema(description = "Offset the next record written to the partition will get") long logEndOffset,
            @Schema(description = "Records written but not yet consumed") long lag) {
    }

    static ConsumerLagResponse from(ConsumerLag lag) {
        return new ConsumerLagResponse(lag.group(), lag.totalLag(), lag.partitions().stream()
                .map(p -> new PartitionLag(p.topic(), p.partition(), p.committedOffset(), p.logEndOffset(), p.lag()))
                .toList());
    }
}
