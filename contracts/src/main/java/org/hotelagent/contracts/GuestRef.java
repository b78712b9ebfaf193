package org.hotelagent.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How to reach a guest on a channel.
 *
 * @param address     the channel address replies go to: WhatsApp number (digits, no '+'), email address or web-chat
 *                    session id; may be null on WhatsApp when the guest is known only by {@code userId}
 * @param userId      WhatsApp business-scoped user id (BSUID), when the channel gives one
 * @param displayName the name the guest shows on the channel, if any
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GuestRef(String address, String userId, String displayName) {

    /** The stable key of this guest within a channel and hotel: the address, else the user id. */
    public String key() {
        return address != null && !address.isBlank() ? address : userId;
    }
}
