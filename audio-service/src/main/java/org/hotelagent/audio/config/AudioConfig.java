package org.hotelagent.audio.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;

/** Where the speech models and the external audio tools are on this host, and how much work it accepts. */
@ConfigMapping(prefix = "audio")
public interface AudioConfig {

    Stt stt();

    Tts tts();

    /** The ffmpeg executable, a name on PATH or an absolute path. */
    String ffmpegPath();

    /** The ffprobe executable (Debian package ffmpeg), a name on PATH or an absolute path. */
    String ffprobePath();

    /** The espeak-ng executable, a name on PATH or an absolute path. */
    String espeakPath();

    interface Stt {

        /**
         * Vosk model directory by ISO 639-1 language code. A relative path is looked up next to the application
         * (the directory holding quarkus-run.jar, or target/ in tests and dev mode) before the working directory.
         */
        Map<String, Path> models();

        /** Largest accepted upload in bytes. */
        long maxBytes();

        /** Longest accepted recording. */
        Duration maxDuration();

        /** Transcriptions running at once; each holds a Vosk recognizer and an ffmpeg process. */
        int maxConcurrent();

        /** How long a request waits for a free slot before it is turned away with 503. */
        Duration maxQueueWait();
    }

    interface Tts {

        /**
         * {@code engine:voice} by hotel id and language; the hotel id {@code default} applies to every hotel
         * without its own entry, e.g. {@code audio.tts.voices."hotel-42".es=espeak-ng:es-419}.
         */
        Map<String, Map<String, String>> voices();

        /**
         * Pause espeak-ng leaves between words, in units of 10 ms. 8 took Vosk's word error rate on espeak-ng's
         * en-us voice from 40 % to 16 % (ten hotel sentences) and sounds deliberate rather than slow.
         */
        int espeakWordGap();

        /** Longest text accepted for one reply. */
        int maxCharacters();

        /** How long synthesized audio stays in the Redis cache. */
        Duration cacheTtl();
    }
}
