package org.hotelagent.gateway.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import org.hotelagent.contracts.dialogue.ReplyButton;
import org.hotelagent.contracts.dialogue.ReplyList;

/** What the gateway sends to a guest's browser on the web chat, as JSON with a {@code type}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ServerFrame.Session.class, name = "session"),
        @JsonSubTypes.Type(value = ServerFrame.Ack.class, name = "ack"),
        @JsonSubTypes.Type(value = ServerFrame.Failure.class, name = "error"),
        @JsonSubTypes.Type(value = ServerFrame.Reply.class, name = "reply")})
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface ServerFrame {

    /** First frame of a connection: the session to keep (a new one when the browser offered none or a bad one). */
    record Session(String sessionId, String hotelId, String hotelName) implements ServerFrame {
    }

    /** The message is durably in Kafka (or was already: {@code duplicate}); the browser may forget it. */
    record Ack(String clientMessageId, boolean duplicate) implements ServerFrame {
    }

    /** A frame was refused or could not be handled; {@code retryable}: sending it again later may work. */
    record Failure(String clientMessageId, String code, String reason, boolean retryable) implements ServerFrame {
    }

    /** A reply of the agent; {@code replyId} grows per session, the browser resumes after the last it saw. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Reply(long replyId, UUID eventId, Instant occurredAt, String language, String text,
                 List<ReplyButton> buttons, ReplyList list, Voice voice) implements ServerFrame {
    }

    /** A spoken reply, playable as it is ({@code url} is a {@code data:} URL). */
    record Voice(String mimeType, long durationMillis, String url) {
    }
}
