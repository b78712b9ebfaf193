package org.hotelagent.audio.config;

import java.nio.file.Path;
import java.util.Map;

import io.smallrye.config.ConfigMapping;

/** Where the speech models and the external audio tools are on this host. */
@ConfigMapping(prefix = "audio")
public interface AudioConfig {

    Stt stt();

    /** The ffmpeg executable, a name on PATH or an absolute path. */
    String ffmpegPath();

    /** The espeak-ng executable, a name on PATH or an absolute path. */
    String espeakPath();

    interface Stt {

        /** Vosk model directory by ISO 639-1 language code. */
        Map<String, Path> models();
    }
}
