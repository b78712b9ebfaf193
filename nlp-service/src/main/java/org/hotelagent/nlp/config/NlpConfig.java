package org.hotelagent.nlp.config;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Understanding settings. */
@ConfigMapping(prefix = "nlp")
public interface NlpConfig {

    /** Language assumed when a message is too short to tell and the conversation gives no hint. */
    @WithDefault("es")
    String defaultLanguage();

    /** Texts with fewer letters than this are too short for the language model alone. */
    @WithDefault("12")
    int minLettersForDetection();

    /** The hotel's time zone: "tomorrow" is tomorrow there. */
    @WithDefault("Europe/Madrid")
    ZoneId timeZone();

    /** A fixed "today" for tests and demos; the service clock when absent. */
    Optional<LocalDate> referenceDate();

    /** Longer texts are interpreted on their first this-many characters (the REST API refuses them). */
    @WithDefault("10000")
    int maxTextLength();

    /** Voice-note transcription through audio-service. */
    Voice voice();

    interface Voice {

        /** Languages to ask audio-service for, in order; the first it has a speech model for is used. */
        @WithDefault("en")
        List<String> languages();

        /** Upper bound on transcribing one voice note, all languages tried, so a partition is never held long. */
        @WithDefault("30s")
        Duration maxWait();
    }
}
