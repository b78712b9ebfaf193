package org.hotelagent.orchestrator.domain;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import org.hotelagent.contracts.dialogue.ReplyComposed;
import org.hotelagent.contracts.nlp.MessageInterpreted;

/**
 * Composes the reply to an interpreted message in the guest's language. The walking skeleton acknowledges what it
 * read; the dialogue (booking, questions, handoff) comes with the orchestrator issue.
 */
@ApplicationScoped
public class ReplyComposer {

    private static final Set<String> LANGUAGES = Set.of("es", "en", "pt");

    private final Clock clock;

    @Inject
    ReplyComposer() {
        this(Clock.systemUTC());
    }

    ReplyComposer(Clock clock) {
        this.clock = clock;
    }

    /** The reply's event id is derived from the message's, so recomposing after a crash yields the same reply. */
    public ReplyComposed compose(MessageInterpreted message) {
        var language = LANGUAGES.contains(message.language()) ? message.language() : "en";
        var replies = MessageBundles.get(Replies.class, Localized.Literal.of(language));
        var name = message.guest().displayName();
        String text;
        if (message.text() == null || message.text().isBlank()) {
            text = replies.cannotRead();
        } else if (name == null || name.isBlank()) {
            text = replies.acknowledgedAnonymous(message.text());
        } else {
            text = replies.acknowledged(firstName(name), message.text());
        }
        var eventId = UUID.nameUUIDFromBytes(("reply:" + message.eventId()).getBytes(StandardCharsets.UTF_8));
        return new ReplyComposed(eventId, clock.instant(), message.conversationId(), message.hotelId(),
                message.correlationId(), message.eventId(), message.channel(), message.guest(),
                message.channelMessageId(), language, text, null, null, null, null);
    }

    private static String firstName(String displayName) {
        return displayName.strip().split("\\s+")[0];
    }
}
