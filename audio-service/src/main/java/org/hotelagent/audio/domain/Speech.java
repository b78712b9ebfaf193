package org.hotelagent.audio.domain;

/** Spoken audio for one reply, and whether it came from the cache. */
public record Speech(byte[] audio, SpeechFormat format, Voice voice, boolean cached) {
}
