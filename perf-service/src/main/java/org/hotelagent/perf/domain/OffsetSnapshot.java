package org.hotelagent.perf.domain;

import java.time.Instant;

/** Sums over a topic's partitions of the log-end and a group's committed offsets, at one instant. */
public record OffsetSnapshot(Instant at, long logEnd, long committed) {

    public static OffsetSnapshot of(Instant at, ConsumerLag lag, String topic) {
        var partitions = lag.partitions().stream().filter(partition -> partition.topic().equals(topic)).toList();
        return new OffsetSnapshot(at, partitions.stream().mapToLong(ConsumerLag.Partition::logEndOffset).sum(),
                partitions.stream().mapToLong(ConsumerLag.Partition::committedOffset).sum());
    }

    public long backlog() {
        return Math.max(0, logEnd - committed);
    }
}
