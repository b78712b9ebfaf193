package org.hotelagent.orchestrator.domain;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import org.hotelagent.contracts.nlp.MessageInterpreted;
import org.hotelagent.orchestrator.persistence.ConversationRepository;
import org.hotelagent.orchestrator.persistence.KnowledgeRepository;
import org.hotelagent.orchestrator.publisher.ReplyPublisher;

/** Advances a conversation by one guest message: compose the reply, record the turn with it, then publish it. */
@ApplicationScoped
public class DialogueService {

    private final ReplyComposer composer;
    private final KnowledgeRepository knowledge;
    private final ConversationRepository conversations;
    private final ReplyPublisher replies;

    DialogueService(ReplyComposer composer, KnowledgeRepository knowledge, ConversationRepository conversations,
                    ReplyPublisher replies) {
        this.composer = composer;
        this.knowledge = knowledge;
        this.conversations = conversations;
        this.replies = replies;
    }

    /**
     * Idempotent on the message's event id: a redelivered message republishes the reply stored the first time, and
     * the gateway sends a reply event id only once, so the guest gets exactly one answer.
     */
    public Uni<Void> advance(MessageInterpreted message) {
        var language = ReplyComposer.replyLanguage(message.language());
        return knowledge.answers(message.hotelId(), KnowledgeTopic.mentionedIn(message.text()), language)
                .map(answers -> composer.compose(message, answers))
                .chain(reply -> conversations.recordTurn(message, reply))
                .chain(replies::publish);
    }
}
