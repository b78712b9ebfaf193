package org.hotelagent.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import org.hotelagent.contracts.message.DeliveryStatus;

class ConversationKeysTest {

    @Test
    void keysAGuestByAddressWhenThereIsOne() {
        var guest = new GuestRef("34600111222", "ES.123", "Ana");

        assertThat(ConversationKeys.of(Channel.WHATSAPP, "demo-hotel", guest))
                .isEqualTo("whatsapp:demo-hotel:34600111222");
    }

    @Test
    void keysAGuestByUserIdWhenTheAddressIsBlank() {
        var guest = new GuestRef("", "PE.104729385610274", null);

        assertThat(ConversationKeys.of(Channel.WHATSAPP, "h1", guest)).isEqualTo("whatsapp:h1:PE.104729385610274");
    }

    @Test
    void refusesAGuestWithNoWayToReachThem() {
        assertThatThrownBy(() -> ConversationKeys.of(Channel.EMAIL, "h1", new GuestRef(null, null, "x")))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void deliveryStatusesOnlyMoveForward() {
        assertThat(DeliveryStatus.SENT.isBefore(DeliveryStatus.READ)).isTrue();
        assertThat(DeliveryStatus.READ.isBefore(DeliveryStatus.DELIVERED)).isFalse();
        assertThat(DeliveryStatus.FAILED.isBefore(DeliveryStatus.PLAYED)).isFalse();
    }
}
