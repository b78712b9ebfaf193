package org.hotelagent.orchestrator.client;

/** A reply spoken by audio-service: the audio's media type, its bytes and how long it plays. */
public record Speech(String mimeType, byte[] audio, long durationMillis) {
}
