package org.hotelagent.orchestrator.domain;


import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

import org.hotelagent.contracts.dialogue.ReplyComposed;
import org.hotelagent.contracts.nlp.MessageInterpreted;
import org.hotelagent.orchestrator.persistence.ConversationRepository;
import org.hotelagent.orchestrator.persistence.KnowledgeRepository;
import org.hotelagent.orchestrator.publisher.ReplyPublisher;

/**
 * Advances a conversation by one guest message: under the conversation's lock, read the state, apply the dialogue
 * rules, ask the PMS when they need it, save the state and the turn, then publish the reply. When the PMS cannot
 * answer, the guest gets a holding reply and the action is kept for {@link PendingActionResumer}.
 */
@ApplicationScoped
public class DialogueService {

    private final ConversationRepository conversations;
    private final KnowledgeRepository knowledge;
    private final DialogueEffects effects;
    private final ReplyPublisher replies;

    DialogueService(ConversationRepository conversations, KnowledgeRepository knowledge, DialogueEffects effects,
                    ReplyPublisher replies) {
        this.conversations = conversations;
        this.knowledge = knowledge;
        this.effects = effects;
        this.replies = replies;
    }

    /**
     * Idempotent on the message's event id: a redelivered message republishes the reply stored the first time, and
     * the gateway sends a reply event id only once, so the guest gets exactly one answer. While staff have the
     * conversation (handoff requested or claimed) the turn is recorded and nothing is sent.
     */
    public Uni<Void> advance(MessageInterpreted message) {
        return conversations.<ReplyComposed>locked(message.conversationId(), connection -> conversations
                        .recorded(connection, message.eventId())
                        .chain(recorded -> recorded.isPresent() ? Uni.createFrom().item(recorded.get().reply())
                                : answerUnlessHandedOver(connection, message)))
                .chain(reply -> reply == null ? Uni.createFrom().voidItem() : replies.publish(reply));
    }

    private Uni<ReplyComposed> answerUnlessHandedOver(SqlConnection connection, MessageInterpreted message) {
        return conversations.open(connection, message)
                .chain(state -> conversations.handoff(connection, message.conversationId())
                        .chain(handoff -> "none".equals(handoff) ? answer(connection, message, state)
                                : silent(connection, message)));
    }

    private Uni<ReplyComposed> silent(SqlConnection connection, MessageInterpreted message) {
        return conversations.recordTurn(connection, message, null).replaceWith((ReplyComposed) null);
    }

    private Uni<ReplyComposed> answer(SqlConnection connection, MessageInterpreted message, DialogueState state) {
        var language = Wording.languageOf(message.language());
        return knowledge.answers(message.hotelId(), KnowledgeTopic.mentionedIn(message.text()), language)
                .map(answers -> Dialogue.next(state, message, answers, effects.today()))
                .chain(plan -> effects.resolve(connection, message, plan.step())
                        .map(said -> remembered(plan, said))
                        .call(said -> conversations.save(connection, message.conversationId(), said.state()))
                        .call(() -> plan.handOver() ? conversations.requestHandoff(connection,
                                message.conversationId()) : Uni.createFrom().voidItem()))
                .map(said -> effects.composer().compose(message, said.answer()))
                .call(reply -> conversations.recordTurn(connection, message, reply));
    }

    /** The answer after the plan's preface, and the count of misunderstood messages the flows do not carry. */
    private static Step.Say remembered(Dialogue.Plan plan, Step.Say said) {
        var misunderstood = plan.step().state().memory().misunderstood();
        var state = said.state().with(said.state().memory().misunderstood(misunderstood));
        return new Step.Say(state, said.answer().after(plan.preface()));
    }
}
