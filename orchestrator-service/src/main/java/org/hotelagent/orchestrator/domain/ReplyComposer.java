package org.hotelagent.orchestrator.domain;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotelagent.contracts.Channel;
import org.hotelagent.contracts.dialogue.ReplyComposed;
import org.hotelagent.contracts.nlp.MessageInterpreted;

/**
 * Turns an answer into the reply event to the guest who wrote {@code message}. Event ids are derived, so composing
 * again after a crash or a redelivery yields the same reply and the gateway sends it once.
 */
@ApplicationScoped
public class ReplyComposer {

    private final Clock clock;

    ReplyComposer(Clock clock) {
        this.clock = clock;
    }

    /** The reply to {@code message} itself. */
    public ReplyComposed compose(MessageInterpreted message, Answer answer) {
        return compose(message, answer, "reply:" + message.eventId(), message.channelMessageId());
    }

    /** A later reply, when the PMS answered an action kept during an outage; not quoted under the message. */
    public ReplyComposed followUp(MessageInterpreted message, Answer answer) {
        return compose(message, answer, "follow-up:" + message.eventId(), null);
    }

    private ReplyComposed compose(MessageInterpreted message, Answer answer, String idSeed, String quoted) {
        var eventId = UUID.nameUUIDFromBytes(idSeed.getBytes(StandardCharsets.UTF_8));
        var language = replyLanguage(message.language());
        // Buttons and menus only where the channel shows them; the text always carries the same content.
        var interactive = message.channel() != Channel.EMAIL;
        return new ReplyComposed(eventId, clock.instant(), message.conversationId(), message.hotelId(),
                message.correlationId(), message.eventId(), message.channel(), message.guest(), quoted, language,
                answer.text(), interactive ? answer.buttons() : null, interactive ? answer.list() : null, null, null);
    }

    /** The language tag of the reply: the guest's (pt-BR stays pt-BR) when we speak it, else English. */
    public static String replyLanguage(String guestLanguage) {
        var language = Wording.languageOf(guestLanguage);
        return guestLanguage != null && guestLanguage.toLowerCase(Locale.ROOT).startsWith(language) ? guestLanguage : language;
    }
}
