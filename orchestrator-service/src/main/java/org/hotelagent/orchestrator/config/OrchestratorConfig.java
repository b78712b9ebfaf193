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

    /**
     * The key guest data is encrypted and indexed with at rest: 32 random bytes, base64 ({@code ORCHESTRATOR_DATA_KEY};
     * fixed in dev and test, required in prod).
     */
    String dataKey();

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

    /** Urgent messages out of business hours: handed over and escalated to the hotel's on-call person by email. */
    EscalationConfig escalation();

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

    /** Business hours and on-call addresses, per hotel id; the key {@code default} answers for hotels not listed. */
    interface EscalationConfig {
        /** Opening hours {@code HH:mm-HH:mm} in {@link #timeZone()}, every day; overnight ranges wrap midnight. */
        Map<String, String> businessHours();

        /** The on-call email address per hotel; a hotel with none (and no default) is handed over without an email. */
        Map<String, String> onCall();

        /** The on-call email address of hotels not in {@link #onCall()}. */
        Optional<String> onCallDefault();

        /** The sender of escalation emails. */
        String from();

        /** The staff page on-call staff are sent to (its inbox, filtered on handed-over conversations). */
        String staffUrl();

        /** The language of escalation emails per hotel (es, en, pt): the staff's, not the guest's. */
        Map<String, String> staffLanguage();

        default String businessHoursOf(String hotelId) {
            return businessHours().getOrDefault(hotelId, businessHours().getOrDefault("default", "00:00-24:00"));
        }

        default Optional<String> onCallOf(String hotelId) {
            return Optional.ofNullable(onCall().get(hotelId)).or(this::onCallDefault);
        }

        default String staffLanguageOf(String hotelId) {
            return staffLanguage().getOrDefault(hotelId, staffLanguage().getOrDefault("default", "en"));
        }
    }
}
