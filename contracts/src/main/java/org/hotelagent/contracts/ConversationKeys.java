package org.hotelagent.contracts;

import java.util.Objects;

/** Builds conversation ids, which are also the Kafka keys: {@code channel:hotel:guest}. */
public final class ConversationKeys {

    private ConversationKeys() {
    }

    public static String of(Channel channel, String hotelId, GuestRef guest) {
        var guestKey = Objects.requireNonNull(guest.key(), "a guest needs an address or a user id");
        return channel.code() + ":" + Objects.requireNonNull(hotelId, "hotelId") + ":" + guestKey;
    }
}
