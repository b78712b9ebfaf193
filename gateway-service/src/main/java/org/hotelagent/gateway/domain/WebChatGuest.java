package org.hotelagent.gateway.domain;

import org.hotelagent.contracts.Channel;
import org.hotelagent.contracts.ConversationKeys;
import org.hotelagent.contracts.GuestRef;

/**
 * A guest of a hotel's web chat: the browser keeps {@code sessionId} (it is the guest's address on the channel), so a
 * reload resumes the same conversation.
 *
 * @param locale BCP 47 language tag the browser reported, null if none
 */
public record WebChatGuest(String hotelId, String sessionId, String locale) {

    public GuestRef ref() {
        return new GuestRef(sessionId, null, null);
    }

    /** {@code webchat:<hotel>:<session>}, the Kafka key of the guest's messages and replies. */
    public String conversationId() {
        return conversationId(hotelId, sessionId);
    }

    public static String conversationId(String hotelId, String sessionId) {
        return ConversationKeys.of(Channel.WEBCHAT, hotelId, new GuestRef(sessionId, null, null));
    }
}
