package org.hotelagent.orchestrator.domain;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import org.hotelagent.contracts.dialogue.ReplyComposed;
import org.hotelagent.contracts.nlp.Intent;
import org.hotelagent.contracts.nlp.MessageInterpreted;

/**
 * Composes the reply to an interpreted message in the guest's language: the hotel's stored answers when the guest
 * asked about them, else an acknowledgement of what was read. Booking and handoff come with the orchestrator issue.
 */
@ApplicationScoped
public class ReplyComposer {

    private static final Set<String> LANGUAGES = Set.of("es", "en", "pt");
    /** Below this the small-talk answers are not risked; the guest's words are acknowledged instead. */
    private static final double MIN_INTENT_CONFIDENCE = 0.6;

    private final Clock clock;

    @Inject
    ReplyComposer() {
        this(Clock.systemUTC());
    }

    ReplyComposer(Clock clock) {
        this.clock = clock;
    }

    /** The language replies are written in: the guest's when we speak it, else English. */
    public static String replyLanguage(String guestLanguage) {
        return LANGUAGES.contains(guestLanguage) ? guestLanguage : "en";
    }

    /**
     * The reply's event id is derived from the message's, so recomposing after a crash yields the same reply.
     *
     * @param answers the hotel's stored answers to what the guest asked, in the reply language; may be empty
     */
    public ReplyComposed compose(MessageInterpreted message, List<String> answers) {
        var language = replyLanguage(message.language());
        var replies = MessageBundles.get(Replies.class, Localized.Literal.of(language));
        var eventId = UUID.nameUUIDFromBytes(("reply:" + message.eventId()).getBytes(StandardCharsets.UTF_8));
        return new ReplyComposed(eventId, clock.instant(), message.conversationId(), message.hotelId(),
                message.correlationId(), message.eventId(), message.channel(), message.guest(),
                message.channelMessageId(), language, textFor(message, answers, replies), null, null, null, null);
    }

    private static String textFor(MessageInterpreted message, List<String> answers, Replies replies) {
        if (!answers.isEmpty()) {
            return String.join("\n\n", answers);
        }
        if (message.text() == null || message.text().isBlank()) {
            return replies.cannotRead();
        }
        var name = message.guest().displayName() == null || message.guest().displayName().isBlank() ? null
                : firstName(message.guest().displayName());
        return switch (confidentIntent(message)) {
            case greeting -> name == null ? replies.greetingAnonymous() : replies.greeting(name);
            case thanks -> replies.thanks();
            case goodbye -> replies.goodbye();
            case null, default -> name == null ? replies.acknowledgedAnonymous(message.text())
                    : replies.acknowledged(name, message.text());
        };
    }

    /** The guest's intent when the model is sure enough to answer on it; null otherwise. */
    private static Intent confidentIntent(MessageInterpreted message) {
        var intent = message.intent();
        return intent != null && intent.confidence() >= MIN_INTENT_CONFIDENCE ? intent.intent() : null;
    }

    private static String firstName(String displayName) {
        return displayName.strip().split("\\s+")[0];
    }
}
