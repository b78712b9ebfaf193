package org.hotelagent.audio.domain;

import java.util.Locale;

/**
 * Audio formats a reply can be spoken in; Ogg/Opus mono is what WhatsApp plays as a voice note. Opus runs in its
 * "audio" mode: on synthetic voices the "voip" mode's speech filtering cost Vosk 6 points of word error rate.
 */
public enum SpeechFormat {
    OGG("audio/ogg; codecs=opus", "ogg", "libopus", 48_000, "-b:a", "24k", "-application", "audio"),
    MP3("audio/mpeg", "mp3", "libmp3lame", 22_050, "-b:a", "48k"),
    WAV("audio/wav", "wav", "pcm_s16le", 16_000);

    private final String mediaType;
    private final String container;
    private final String codec;
    private final int sampleRate;
    private final String[] extraArgs;

    SpeechFormat(String mediaType, String container, String codec, int sampleRate, String... extraArgs) {
        this.mediaType = mediaType;
        this.container = container;
        this.codec = codec;
        this.sampleRate = sampleRate;
        this.extraArgs = extraArgs;
    }

    /** Parses {@code ogg}, {@code mp3} or {@code wav}, case-insensitively; null means the default, Ogg/Opus. */
    public static SpeechFormat parse(String name) {
        if (name == null || name.isBlank()) {
            return OGG;
        }
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new AudioException(AudioException.Reason.INVALID_REQUEST,
                    "Unknown format '" + name + "': use ogg, mp3 or wav");
        }
    }

    public String mediaType() {
        return mediaType;
    }

    String container() {
        return container;
    }

    String codec() {
        return codec;
    }

    int sampleRate() {
        return sampleRate;
    }

    String[] extraArgs() {
        return extraArgs.clone();
    }
}
