package org.hotelagent.nlp.domain;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hotelagent.contracts.message.InboundMessageReceived;
import org.hotelagent.contracts.message.MediaRef;
import org.hotelagent.contracts.message.MessageBody;
import org.hotelagent.contracts.nlp.MessageInterpreted;
import org.hotelagent.contracts.nlp.Sentiment;
import org.hotelagent.contracts.nlp.Transcription;
import org.hotelagent.nlp.client.TranscriptionResult.Heard;
import org.hotelagent.nlp.config.NlpConfig;
import org.hotelagent.nlp.domain.LanguageDetector.DetectedLanguage;

/** Interprets guest texts and messages: language, intent with runner-up, entities and sentiment. */
@ApplicationScoped
public class InterpretationService {

    private final Understanding understanding;
    private final NlpConfig config;
    private final Clock clock;

    @Inject
    InterpretationService(Understanding understanding, NlpConfig config) {
        this(understanding, config, Clock.systemUTC());
    }

    InterpretationService(Understanding understanding, NlpConfig config, Clock clock) {
        this.understanding = understanding;
        this.config = config;
        this.clock = clock;
    }

    /**
     * CPU-bound: call from a worker thread. {@code referenceDate} and {@code timeZone} default to the configured
     * clock and hotel zone.
     */
    public Interpretation interpret(String text, String languageHint, Locale locale, LocalDate referenceDate,
                                    ZoneId timeZone) {
        return understanding.interpret(bounded(text), languageHint, locale, referenceDate != null ? referenceDate
                : today(timeZone != null ? timeZone : config.timeZone()));
    }

    /**
     * CPU-bound: call from a worker thread. The event id is derived from the source, so a replay repeats it.
     * {@code transcript}, when not null, is what the voice note said: it is interpreted in its language.
     */
    public MessageInterpreted interpret(InboundMessageReceived message, Heard transcript) {
        var text = transcript != null ? transcript.text() : textOf(message.body());
        var eventId = UUID.nameUUIDFromBytes(("interpreted:" + message.eventId()).getBytes(StandardCharsets.UTF_8));
        var locale = localeOf(message);
        var meaning = text == null || text.isBlank() ? null
                : transcript != null ? interpretTranscript(transcript, locale)
                : interpret(text, null, locale, null, null);
        return new MessageInterpreted(eventId, clock.instant(), message.conversationId(), message.hotelId(),
                message.correlationId(), message.eventId(), message.channel(), message.channelMessageId(),
                message.guest(), text, transcript == null ? null
                        : new Transcription(transcript.confidence(), transcript.durationMillis()),
                meaning == null ? config.defaultLanguage() : meaning.language(),
                meaning == null ? 0.0 : meaning.languageConfidence(), meaning == null ? null : meaning.intent(),
                meaning == null ? null : meaning.runnerUp(), meaning == null ? List.of() : meaning.entities(),
                meaning == null ? Sentiment.NEUTRAL : meaning.sentiment(), withoutMediaBytes(message.body()),
                locale == null ? null : locale.toLanguageTag());
    }

    /** The language is the one the speech model heard, assumed rather than detected: confidence 0. */
    private Interpretation interpretTranscript(Heard transcript, Locale locale) {
        return understanding.interpret(bounded(transcript.text()), new DetectedLanguage(transcript.language(), 0.0),
                locale, today(config.timeZone()));
    }

    /**
     * The guest's locale as the channel gave it (decides 12/24 vs 24/12, and is passed on for the reply's regional
     * wording); null when unknown or malformed.
     */
    private static Locale localeOf(InboundMessageReceived message) {
        var locale = message.locale() == null ? null : Locale.forLanguageTag(message.locale());
        return locale == null || locale.getLanguage().isEmpty() ? null : locale;
    }

    private String bounded(String text) {
        return text.length() > config.maxTextLength() ? text.substring(0, config.maxTextLength()) : text;
    }

    private LocalDate today(ZoneId zone) {
        return config.referenceDate().orElseGet(() -> LocalDate.now(clock.withZone(zone)));
    }

    private static String textOf(MessageBody body) {
        return switch (body) {
            case MessageBody.Text text -> text.text();
            case MessageBody.Media media -> media.caption();
            case MessageBody.Choice choice -> choice.title();
            default -> null;
        };
    }

    /** Voice notes travel inline once; downstream consumers get the reference (and the transcript) only. */
    private static MessageBody withoutMediaBytes(MessageBody body) {
        if (body instanceof MessageBody.Audio audio && audio.media().data() != null) {
            var media = audio.media();
            return new MessageBody.Audio(new MediaRef(media.id(), media.mimeType(),
                    media.sha256(), media.sizeBytes(), null, "interpreted by nlp-service"), audio.voice());
        }
        return body;
    }
}
