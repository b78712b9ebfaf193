package org.hotelagent.gateway.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.hotelagent.contracts.message.DeliveryStatus;

/** The Redis script ranks statuses by ordinal; that must stay the order {@link DeliveryStatus#isBefore} defines. */
class DeliveryStateRepositoryTest {

    @Test
    void ranksStatusesExactlyAsTheContractOrdersThem() {
        for (var current : DeliveryStatus.values()) {
            for (var next : DeliveryStatus.values()) {
                assertThat(next.ordinal() > current.ordinal())
                        .as("%s then %s", current, next).isEqualTo(current.isBefore(next));
            }
        }
    }
}
