package org.hotelagent.perf.domain;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** How far one consumer group is behind the end of the log, partition by partition. */
public record ConsumerLag(String group, List<Partition> partitions) {

    /** A group's committed position on one partition against the partition's log-end offset. */
    public record Partition(String topic, int partition, long committedOffset, long logEndOffset) {

        /** Never negative: a committed offset past the log end (after truncation) means nothing is waiting. */
        public long lag() {
            return Math.max(0, logEndOffset - committedOffset);
        }
    }

    public long totalLag() {
        return partitions.stream().mapToLong(Partition::lag).sum();
    }

    /** Total lag per topic, ordered by topic name. */
    public Map<String, Long> lagByTopic() {
        var byTopic = new TreeMap<String, Long>();
        partitions.forEach(partition -> byTopic.merge(partition.topic(), partition.lag(), Long::sum));
        return byTopic;
    }
}
