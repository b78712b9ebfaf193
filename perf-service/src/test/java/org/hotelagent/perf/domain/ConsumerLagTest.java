package org.hotelagent.perf.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;

import org.junit.jupiter.api.Test;

class ConsumerLagTest {

    @Test
    void sumsLagOverPartitionsAndPerTopic() {
        var lag = new ConsumerLag("orchestrator-service", List.of(
                new ConsumerLag.Partition("messages-interpreted", 0, 2, 5),
                new ConsumerLag.Partition("messages-interpreted", 1, 10, 17),
                new ConsumerLag.Partition("bookings-changed", 0, 4, 4)));

        assertThat(lag.totalLag()).isEqualTo(10);
        assertThat(lag.lagByTopic()).containsExactly(
                entry("bookings-changed", 0L),
                entry("messages-interpreted", 10L));
    }

    @Test
    void countsNothingWaitingWhenTheCommittedOffsetIsPastTheLogEnd() {
        var partition = new ConsumerLag.Partition("messages-received", 0, 12, 9);

        assertThat(partition.lag()).isZero();
    }

    @Test
    void hasNoLagWithoutPartitions() {
        assertThat(new ConsumerLag("idle", List.of()).totalLag()).isZero();
    }
}
