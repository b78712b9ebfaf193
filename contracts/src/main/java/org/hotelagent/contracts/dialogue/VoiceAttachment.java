package org.hotelagent.contracts.dialogue;

/** Synthesised speech to send as a voice note, inline and bounded like inbound voice notes. */
public record VoiceAttachment(String mimeType, byte[] data, long durationMillis) {
}
