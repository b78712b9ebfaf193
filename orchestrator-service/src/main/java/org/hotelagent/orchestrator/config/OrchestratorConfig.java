package org.hotelagent.orchestrator.config;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The orchestrator's own settings ({@code orchestrator.*}). */
@ConfigMapping(prefix = "orchestrator")
public interface OrchestratorConfig {

    /** The clock the dialogue reads: the system clock unless {@code fixed} is set (tests, demos). */
    ClockConfig clock();

    /** The hotels' time zone: "today" for refusing past arrival dates. */
    @WithDefault("Europe/Madrid")
    ZoneId timeZone();

    /** Pending PMS actions: how their retries back off. */
    ResumeConfig resume();

    /**
     * Whether a guest who spoke gets a voice note with the text reply, per hotel id; the key {@code default} answers
     * for hotels not listed ({@code orchestrator.voice-replies.default}, true unless set).
     */
    Map<String, Boolean> voiceReplies();

    /** Whether guests of {@code hotelId} who spoke are answered with a voice note too. */
    default boolean voiceRepliesFor(String hotelId) {
        var replies = voiceReplies();
        return replies.getOrDefault(hotelId, replies.getOrDefault("default", true));
    }

    /** Clock settings. */
    interface ClockConfig {
        Optional<Instant> fixed();
    }

    /** Retry pacing of actions the PMS could not take. */
    interface ResumeConfig {
        /** How often due actions are looked for (also read by the scheduler's {@code @Scheduled}). */
        Duration every();

        /** Wait before the first retry; doubled on each failure up to {@code max-backoff}. */
        @WithDefault("2s")
        Duration backoff();

        @WithDefault("5m")
        Duration maxBackoff();
    }
}
