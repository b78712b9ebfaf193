package org.hotelagent.orchestrator.domain;

import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import org.hotelagent.contracts.Channel;
import org.hotelagent.contracts.dialogue.ReplyComposed;
import org.hotelagent.orchestrator.persistence.ConversationRepository;
import org.hotelagent.orchestrator.persistence.ConversationRepository.Guest;
import org.hotelagent.orchestrator.publisher.ReplyPublisher;

/** Staff taking a conversation over from the agent, writing to the guest themselves, and giving it back. */
@ApplicationScoped
public class HandoffService {

    private final ConversationRepository conversations;
    private final ReplyPublisher replies;
    private final Clock clock;
    private final DialogueMetrics metrics;

    HandoffService(ConversationRepository conversations, ReplyPublisher replies, Clock clock,
                   DialogueMetrics metrics) {
        this.conversations = conversations;
        this.replies = replies;
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * Staff answer from now on; the agent records the guest's messages and stays silent. Empty when there is no
     * such conversation or its hotel is not one of {@code hotels} (the staff user's), which then stays unchanged.
     */
    public Uni<Optional<Guest>> claim(String conversationId, Predicate<String> hotels) {
        return handOver(conversationId, "claimed", hotels);
    }

    /** The agent answers again, from the state the conversation was left in; empty as for {@link #claim}. */
    public Uni<Optional<Guest>> release(String conversationId, Predicate<String> hotels) {
        return handOver(conversationId, "none", hotels);
    }

    /**
     * Sends staff's text to the guest through the gateway's topic, recorded as a turn. Empty when there is no such
     * conversation or its hotel is not one of {@code hotels}; fails with {@link IllegalStateException} when staff
     * have not taken it over.
     */
    public Uni<Optional<ReplyComposed>> reply(String conversationId, String text, Predicate<String> hotels) {
        return visible(conversationId, hotels).chain(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().item(Optional.<ReplyComposed>empty());
            }
            if ("none".equals(found.get().handoff())) {
                return Uni.createFrom().failure(new IllegalStateException("The agent is answering " + conversationId
                        + "; claim it first"));
            }
            return send(conversationId, found.get(), text).map(Optional::of);
        });
    }

    /**
     * Sends staff's text whoever answers the guest now (the answer to a question the agent passed on), recorded as
     * a turn; empty when there is no such conversation.
     */
    public Uni<Optional<ReplyComposed>> tell(String conversationId, String text) {
        return conversations.guest(conversationId).chain(found -> found.isEmpty()
                ? Uni.createFrom().item(Optional.<ReplyComposed>empty())
                : send(conversationId, found.get(), text).map(Optional::of));
    }

    private Uni<Optional<Guest>> handOver(String conversationId, String handoff, Predicate<String> hotels) {
        return visible(conversationId, hotels).chain(found -> found.isEmpty() ? Uni.createFrom().item(found)
                : conversations.handOver(conversationId, handoff));
    }

    /** The conversation's guest, if it exists and belongs to one of {@code hotels}. */
    private Uni<Optional<Guest>> visible(String conversationId, Predicate<String> hotels) {
        return conversations.guest(conversationId).map(found -> found.filter(guest -> hotels.test(guest.hotelId())));
    }

    private Uni<ReplyComposed> send(String conversationId, Guest guest, String text) {
        var reply = reply(conversationId, guest, text);
        return conversations.<Void>locked(conversationId, connection ->
                        conversations.recordStaffReply(connection, reply))
                .chain(() -> replies.publish(reply)).invoke(() -> metrics.replied("staff"))
                .replaceWith(reply);
    }

    private ReplyComposed reply(String conversationId, Guest guest, String text) {
        var channel = Arrays.stream(Channel.values()).filter(c -> c.code().equals(guest.channel()))
                .findFirst().orElseThrow();
        return new ReplyComposed(UUID.randomUUID(), clock.instant(), conversationId, guest.hotelId(),
                UUID.randomUUID().toString(), null, channel, guest.ref(), null,
                ReplyComposer.replyLanguage(guest.language()), text, null, null, null, null);
    }
}
