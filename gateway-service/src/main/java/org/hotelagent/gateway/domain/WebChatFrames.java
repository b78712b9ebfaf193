package org.hotelagent.gateway.domain;

import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.hotelagent.contracts.message.MessageBody.ChoiceKind;
import org.hotelagent.gateway.config.GatewayConfig;

/**
 * The web chat's JSON protocol: reads and checks guest frames (text, choice, voice), refusing anything else with a
 * reason, and writes the gateway's frames. The README lists every frame.
 */
@ApplicationScoped
public class WebChatFrames {

    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Pattern AUDIO_TYPE =
            Pattern.compile("audio/(webm|ogg|mp4)(\\s*;\\s*codecs=\"?[a-z0-9.]+\"?)?");
    private static final int MAX_CHOICE_CHARS = 256;

    private final ObjectMapper json;
    private final GatewayConfig.WebChat limits;

    @Inject
    WebChatFrames(ObjectMapper json, GatewayConfig config) {
        this(json, config.webchat());
    }

    WebChatFrames(ObjectMapper json, GatewayConfig.WebChat limits) {
        this.json = json;
        this.limits = limits;
    }

    /** The guest frame in {@code raw}; throws {@link FrameRejected} when it is not a valid one. */
    public GuestFrame read(String raw) {
        if (raw.length() > maxFrameChars()) {
            throw new FrameRejected(null, "too-large", "Frame of " + raw.length() + " characters; at most "
                    + maxFrameChars() + " are accepted");
        }
        var frame = parse(raw);
        var type = frame.path("type").asText("");
        var id = clientMessageId(frame);
        return switch (type) {
            case "text" -> text(id, frame);
            case "choice" -> choice(id, frame);
            case "voice" -> voice(id, frame);
            default -> throw new FrameRejected(id, "unknown-type",
                    "Unknown frame type '" + type + "'; expected text, choice or voice");
        };
    }

    public String write(ServerFrame frame) {
        try {
            return json.writeValueAsString(frame);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write web-chat frame " + frame.getClass().getSimpleName(), e);
        }
    }

    /** A voice frame carries its bytes in base64 (4 characters per 3 bytes) plus a little JSON. */
    private int maxFrameChars() {
        return limits.maxVoiceBytes() / 3 * 4 + 4096;
    }

    private JsonNode parse(String raw) {
        try {
            var node = json.readTree(raw);
            if (node == null || !node.isObject()) {
                throw new FrameRejected(null, "invalid-json", "A frame is one JSON object with a type");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new FrameRejected(null, "invalid-json", "Not JSON: " + e.getOriginalMessage());
        }
    }

    private static String clientMessageId(JsonNode frame) {
        var id = frame.path("clientMessageId").asText("");
        if (!CLIENT_ID.matcher(id).matches()) {
            throw new FrameRejected(null, "invalid-client-message-id",
                    "clientMessageId is required: 1 to 64 letters, digits or . _ : -");
        }
        return id;
    }

    private GuestFrame.Text text(String id, JsonNode frame) {
        var text = frame.path("text").asText("").strip();
        if (text.isEmpty()) {
            throw new FrameRejected(id, "empty-text", "The message has no text");
        }
        if (text.codePointCount(0, text.length()) > limits.maxTextLength()) {
            throw new FrameRejected(id, "text-too-long", "Messages are at most " + limits.maxTextLength()
                    + " characters");
        }
        return new GuestFrame.Text(id, text);
    }

    private static GuestFrame.Choice choice(String id, JsonNode frame) {
        var kind = switch (frame.path("kind").asText("")) {
            case "button" -> ChoiceKind.button;
            case "list" -> ChoiceKind.list;
            default -> throw new FrameRejected(id, "invalid-choice", "A choice's kind is button or list");
        };
        var choiceId = frame.path("id").asText("");
        var title = frame.path("title").asText("");
        if (choiceId.isBlank() || choiceId.length() > MAX_CHOICE_CHARS || title.length() > MAX_CHOICE_CHARS) {
            throw new FrameRejected(id, "invalid-choice",
                    "A choice needs the id of the option (at most 256 characters) and its title");
        }
        var description = frame.path("description").asText(null);
        return new GuestFrame.Choice(id, kind, choiceId, title.isBlank() ? null : title, description);
    }

    private GuestFrame.Voice voice(String id, JsonNode frame) {
        var mime = frame.path("mimeType").asText("").strip().toLowerCase(Locale.ROOT);
        if (!AUDIO_TYPE.matcher(mime).matches()) {
            throw new FrameRejected(id, "unsupported-audio-type",
                    "Voice messages are audio/webm (Opus), audio/ogg or audio/mp4, not '" + mime + "'");
        }
        var duration = frame.path("durationMillis").asLong(0);
        if (duration > limits.maxVoiceDuration().toMillis()) {
            throw new FrameRejected(id, "voice-too-long", "Voice messages are at most "
                    + limits.maxVoiceDuration().toSeconds() + " seconds");
        }
        var data = decode(id, frame.path("data").asText(""));
        if (data.length > limits.maxVoiceBytes()) {
            throw new FrameRejected(id, "voice-too-large", "Voice messages are at most " + limits.maxVoiceBytes()
                    + " bytes; this one has " + data.length);
        }
        return new GuestFrame.Voice(id, mime, data, duration);
    }

    private static byte[] decode(String id, String base64) {
        try {
            var data = Base64.getDecoder().decode(base64);
            if (data.length == 0) {
                throw new FrameRejected(id, "empty-voice", "The voice message has no audio");
            }
            return data;
        } catch (IllegalArgumentException e) {
            throw new FrameRejected(id, "invalid-voice", "The voice message's data is not base64");
        }
    }
}
