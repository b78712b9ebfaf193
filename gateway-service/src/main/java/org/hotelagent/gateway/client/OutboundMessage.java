package org.hotelagent.gateway.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The body of {@code POST /{phone-number-id}/messages}, in the Cloud API's own field names. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OutboundMessage(@JsonProperty("messaging_product") String messagingProduct,
                              @JsonProperty("recipient_type") String recipientType,
                              String to, String type, TextPart text, Context context,
                              @JsonProperty("biz_opaque_callback_data") String callbackData) {

    /** A text message to a phone number or BSUID, quoting {@code replyTo} when set. */
    public static OutboundMessage text(String to, String body, String replyTo, String callbackData) {
        return new OutboundMessage("whatsapp", "individual", to, "text", new TextPart(false, body),
                replyTo == null ? null : new Context(replyTo), callbackData);
    }

    /** The text object; links are not previewed unless asked for. */
    public record TextPart(@JsonProperty("preview_url") boolean previewUrl, String body) {
    }

    /** The message the reply quotes. */
    public record Context(@JsonProperty("message_id") String messageId) {
    }
}
