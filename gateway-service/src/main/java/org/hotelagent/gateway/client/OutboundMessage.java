package org.hotelagent.gateway.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The body of {@code POST /{phone-number-id}/messages}, in the Cloud API's own field names. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OutboundMessage(@JsonProperty("messaging_product") String messagingProduct,
                              @JsonProperty("recipient_type") String recipientType,
                              String to, String type, TextPart text, Interactive interactive, Template template,
                              Audio audio, Context context,
                              @JsonProperty("biz_opaque_callback_data") String callbackData) {

    /** A text message to a phone number or BSUID, quoting {@code replyTo} when set. */
    public static OutboundMessage text(String to, String body, String replyTo, String callbackData) {
        return new OutboundMessage("whatsapp", "individual", to, "text", new TextPart(false, body), null, null, null,
                context(replyTo), callbackData);
    }

    public static OutboundMessage interactive(String to, Interactive interactive, String replyTo,
                                              String callbackData) {
        return new OutboundMessage("whatsapp", "individual", to, "interactive", null, interactive, null, null,
                context(replyTo), callbackData);
    }

    /** An approved template without parameters (a template cannot quote a message). */
    public static OutboundMessage template(String to, String name, String language, String callbackData) {
        return new OutboundMessage("whatsapp", "individual", to, "template", null, null,
                new Template(name, new Language(language)), null, null, callbackData);
    }

    /** A voice note uploaded beforehand; Ogg/Opus only. */
    public static OutboundMessage voice(String to, String mediaId, String replyTo, String callbackData) {
        return new OutboundMessage("whatsapp", "individual", to, "audio", null, null, null, new Audio(mediaId, true),
                context(replyTo), callbackData);
    }

    private static Context context(String replyTo) {
        return replyTo == null ? null : new Context(replyTo);
    }

    /** The text object; links are not previewed unless asked for. */
    public record TextPart(@JsonProperty("preview_url") boolean previewUrl, String body) {
    }

    /** The message the reply quotes. */
    public record Context(@JsonProperty("message_id") String messageId) {
    }

    /** Reply buttons ({@code type=button}) or a list ({@code type=list}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Interactive(String type, Body body, Action action) {

        public static Interactive buttons(String body, List<Button> buttons) {
            return new Interactive("button", new Body(body), new Action(buttons, null, null));
        }

        public static Interactive list(String body, String buttonLabel, List<Section> sections) {
            return new Interactive("list", new Body(body), new Action(null, buttonLabel, sections));
        }
    }

    public record Body(String text) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Action(List<Button> buttons, String button, List<Section> sections) {
    }

    public record Button(String type, Reply reply) {

        public static Button reply(String id, String title) {
            return new Button("reply", new Reply(id, title));
        }
    }

    public record Reply(String id, String title) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Section(String title, List<Row> rows) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Row(String id, String title, String description) {
    }

    public record Template(String name, Language language) {
    }

    public record Language(String code) {
    }

    public record Audio(String id, boolean voice) {
    }
}
