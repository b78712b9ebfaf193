package org.hotelagent.nlp.domain;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hotelagent.contracts.message.InboundMessageReceived;
import org.hotelagent.contracts.message.MediaRef;
import org.hotelagent.contracts.message.MessageBody;
import org.hotelagent.contracts.nlp.MessageInterpreted;
import org.hotelagent.contracts.nlp.Sentiment;

/**
 * Interprets guest messages. Intent and entities come with the nlp issue; until then a message is interpreted for its
 * language and text only, and the intent is left out (consumers treat a missing intent as not understood).
 */
@ApplicationScoped
public class InterpretationService {

    private final LanguageDetector languages;
    private final Clock clock;

    @Inject
    InterpretationService(LanguageDetector languages) {
        this(languages, Clock.systemUTC());
    }

    InterpretationService(LanguageDetector languages, Clock clock) {
        this.languages = languages;
        this.clock = clock;
    }

    /** CPU-bound: call from a worker thread. The event id is derived from the source, so a replay repeats it. */
    public MessageInterpreted interpret(InboundMessageReceived message) {
        var text = textOf(message.body());
        var language = languages.detect(text, null);
        var eventId = UUID.nameUUIDFromBytes(("interpreted:" + message.eventId()).getBytes(StandardCharsets.UTF_8));
        return new MessageInterpreted(eventId, clock.instant(), message.conversationId(), message.hotelId(),
                message.correlationId(), message.eventId(), message.channel(), message.channelMessageId(),
                message.guest(), text, null, language.code(), language.confidence(), null, null, List.of(),
                Sentiment.NEUTRAL, withoutMediaBytes(message.body()));
    }

    private static String textOf(MessageBody body) {
        return switch (body) {
            case MessageBody.Text text -> text.text();
            case MessageBody.Media media -> media.caption();
            case MessageBody.Choice choice -> choice.title();
            default -> null;
        };
    }

    /** Voice notes travel inline once; downstream consumers get the reference only. */
    private static MessageBody withoutMediaBytes(MessageBody body) {
        if (body instanceof MessageBody.Audio audio && audio.media().data() != null) {
            var media = audio.media();
            return new MessageBody.Audio(new MediaRef(media.id(), media.mimeType(),
                    media.sha256(), media.sizeBytes(), null, "interpreted by nlp-service"), audio.voice());
        }
        return body;
    }
}
