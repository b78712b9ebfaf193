package org.hotelagent.gateway.client;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Marks a guest message read and shows "typing…" until our reply arrives (or 25 s pass). */
public record ReadReceipt(@JsonProperty("messaging_product") String messagingProduct, String status,
                          @JsonProperty("message_id") String messageId,
                          @JsonProperty("typing_indicator") TypingIndicator typingIndicator) {

    public static ReadReceipt typing(String messageId) {
        return new ReadReceipt("whatsapp", "read", messageId, new TypingIndicator("text"));
    }

    public record TypingIndicator(String type) {
    }
}
