package org.hotelagent.gateway.domain;

import org.hotelagent.contracts.message.MessageBody;

/** What a guest's browser sends on the web chat, once read and checked; {@code clientMessageId} is the browser's. */
public sealed interface GuestFrame {

    String clientMessageId();

    /** A typed message. */
    record Text(String clientMessageId, String text) implements GuestFrame {
    }

    /** A tap on a reply button or list row; {@code id} is the one the reply set. */
    record Choice(String clientMessageId, MessageBody.ChoiceKind kind, String id, String title,
                  String description) implements GuestFrame {
    }

    /** A recording from the microphone (WebM/Opus from MediaRecorder, or Ogg/MP4 where that is what it makes). */
    record Voice(String clientMessageId, String mimeType, byte[] data, long durationMillis) implements GuestFrame {
    }
}
