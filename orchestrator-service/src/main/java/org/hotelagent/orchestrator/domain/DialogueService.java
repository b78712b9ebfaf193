package org.hotelagent.orchestrator.domain;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import org.hotelagent.contracts.nlp.MessageInterpreted;
import org.hotelagent.orchestrator.persistence.ConversationRepository;
import org.hotelagent.orchestrator.publisher.ReplyPublisher;

/** Advances a conversation by one guest message: record the turn, then publish its reply. */
@ApplicationScoped
public class DialogueService {

    private final ReplyComposer composer;
    private final ConversationRepository conversations;
    private final ReplyPublisher replies;

    DialogueService(ReplyComposer composer, ConversationRepository conversations, ReplyPublisher replies) {
        this.composer = composer;
        this.conversations = conversations;
        this.replies = replies;
    }

    /**
     * Idempotent on the message's event id: a redelivered message republishes the reply stored the first time, and
     * the gateway sends a reply event id only once, so the guest gets exactly one answer.
     */
    public Uni<Void> advance(MessageInterpreted message) {
        return conversations.recordTurn(message, composer.compose(message)).chain(replies::publish);
    }
}
