package org.hotelagent.orchestrator.domain;


import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

import org.hotelagent.contracts.dialogue.ReplyComposed;
import org.hotelagent.contracts.nlp.MessageInterpreted;
import org.hotelagent.orchestrator.persistence.ConversationRepository;

/**
 * Advances a conversation by one guest message: under the conversation's lock, read the state, apply the dialogue
 * rules, ask the PMS when they need it, save the state and the turn, then publish the reply. When the PMS cannot
 * answer, the guest gets a holding reply and the action is kept for {@link PendingActionResumer}. The reply's voice
 * note, if any, is made after the transaction, so a slow audio-service never holds the conversation's lock.
 */
@ApplicationScoped
public class DialogueService {

    private final ConversationRepository conversations;
    private final KnowledgeService knowledge;
    private final DialogueEffects effects;
    private final ReplySender replies;
    private final DialogueMetrics metrics;
    private final OnCallEscalation onCall;

    // Six collaborators, against the four of the style guide: metrics are counted where the turn's facts are known,
    // and the on-call email goes after the turn's transaction, like the reply.
    DialogueService(ConversationRepository conversations, KnowledgeService knowledge, DialogueEffects effects,
                    ReplySender replies, DialogueMetrics metrics, OnCallEscalation onCall) {
        this.conversations = conversations;
        this.knowledge = knowledge;
        this.effects = effects;
        this.replies = replies;
        this.metrics = metrics;
        this.onCall = onCall;
    }

    /**
     * Idempotent on the message's event id: a redelivered message republishes the reply stored the first time, and
     * the gateway sends a reply event id only once, so the guest gets exactly one answer. While staff have the
     * conversation (handoff requested or claimed) the turn is recorded and nothing is sent.
     */
    public Uni<Void> advance(MessageInterpreted message) {
        return metrics.timed(message, () -> conversations.<Sent>locked(message.conversationId(), connection ->
                        conversations.recorded(connection, message.eventId())
                                .chain(recorded -> recorded.isPresent()
                                        ? Uni.createFrom().item(new Sent(message, recorded.get().reply(), null, false))
                                        : inConversationLanguage(connection, message)
                                                .chain(read -> answerUnlessHandedOver(connection, read))))
                .call(sent -> sent.reply() == null ? Uni.createFrom().voidItem()
                        : replies.send(sent.message(), sent.reply(), sent.kind()))
                .chain(sent -> sent.escalated() ? onCall.alert(sent.message()) : Uni.createFrom().voidItem()));
    }

    /**
     * The message as the conversation reads it: in the language it goes on in (nlp's guess on a short text does not
     * switch it) and with the guest's locale, so the reply, the turn, a kept PMS action and a staff task all use it.
     */
    private Uni<MessageInterpreted> inConversationLanguage(SqlConnection connection, MessageInterpreted message) {
        return conversations.language(connection, message.conversationId())
                .map(established -> ConversationLanguage.after(established.orElse(null), message).applyTo(message));
    }

    private Uni<Sent> answerUnlessHandedOver(SqlConnection connection, MessageInterpreted message) {
        return conversations.open(connection, message)
                .invoke(opened -> {
                    if (opened.started()) {
                        metrics.conversationStarted(message);
                    }
                })
                .chain(opened -> conversations.handoff(connection, message.conversationId())
                        .chain(handoff -> "none".equals(handoff) ? answer(connection, message, opened.state())
                                : silent(connection, message)));
    }

    private Uni<Sent> silent(SqlConnection connection, MessageInterpreted message) {
        return conversations.recordTurn(connection, message, null).replaceWith(new Sent(message, null, null, false));
    }

    private Uni<Sent> answer(SqlConnection connection, MessageInterpreted message, DialogueState state) {
        return knowledge.asked(message)
                .map(asked -> Dialogue.next(state, message, asked.topics(), asked.answers(), effects.today(),
                        onCall.outOfHours(message.hotelId())))
                .chain(plan -> effects.resolve(connection, message, plan.step())
                        .chain(said -> settle(connection, message, plan, said)))
                .call(sent -> conversations.recordTurn(connection, message, sent.reply()));
    }

    /** Saves the state after the answer, hands over when the plan says so, and composes the reply. */
    private Uni<Sent> settle(SqlConnection connection, MessageInterpreted message, Dialogue.Plan plan,
                             Step.Say resolved) {
        var said = remembered(plan, resolved);
        var reply = effects.composer().compose(message, said.answer());
        return conversations.save(connection, message.conversationId(), said.state())
                .call(() -> plan.handOver() ? handOver(connection, message, plan.then())
                        : Uni.createFrom().voidItem())
                .call(() -> plan.then() == Dialogue.Then.ASK_TEAM ? knowledge.askTeam(connection, message)
                        : Uni.createFrom().voidItem())
                .chain(() -> plan.then() == Dialogue.Then.ESCALATE
                        ? conversations.escalate(connection, message.conversationId())
                        : Uni.createFrom().item(false))
                .map(escalated -> new Sent(message, reply, kind(plan, resolved, message), escalated));
    }

    private Uni<Void> handOver(SqlConnection connection, MessageInterpreted message, Dialogue.Then then) {
        metrics.handedOver(Dialogue.handOverReason(message, then));
        return conversations.requestHandoff(connection, message.conversationId());
    }

    private static String kind(Dialogue.Plan plan, Step.Say said, MessageInterpreted message) {
        return plan.handOver() ? "handoff" : Dialogue.holding(message).equals(said.answer()) ? "holding" : "answered";
    }

    /** The answer after the plan's preface, and the count of misunderstood messages the flows do not carry. */
    private static Step.Say remembered(Dialogue.Plan plan, Step.Say said) {
        var misunderstood = plan.step().state().memory().misunderstood();
        var state = said.state().with(said.state().memory().misunderstood(misunderstood));
        return new Step.Say(state, said.answer().after(plan.preface()));
    }

    /**
     * The message as answered (in the conversation's language), the turn's reply (null when the agent stays silent),
     * its kind for the metrics (null when republished), and whether the on-call person is to be emailed (the
     * conversation's first escalation).
     */
    private record Sent(MessageInterpreted message, ReplyComposed reply, String kind, boolean escalated) {
    }
}
