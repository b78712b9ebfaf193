package org.hotelagent.orchestrator.domain;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

import org.hotelagent.observability.LogContext;
import org.hotelagent.orchestrator.persistence.ConversationRepository;
import org.hotelagent.orchestrator.persistence.PendingActionRepository;
import org.hotelagent.orchestrator.persistence.PendingActionRepository.Due;

/**
 * Retries the PMS actions kept during an outage and sends the guest the real answer once the PMS gives it. Each
 * retry runs under the conversation's lock against the current state; the follow-up reply is published before the
 * transaction commits, so a crash in between repeats it with the same event id (which the gateway sends once) and
 * repeats the PMS call, which is safe: reads, a cancellation, and bookings keyed by their Idempotency-Key. A guest
 * who spoke gets the follow-up as a voice note too, synthesised under the lock (at most 3 s more).
 */
@ApplicationScoped
class PendingActionResumer {

    private static final int BATCH = 20;

    private final ConversationRepository conversations;
    private final PendingActionRepository pending;
    private final DialogueEffects effects;
    private final ReplySender replies;

    PendingActionResumer(ConversationRepository conversations, PendingActionRepository pending,
                         DialogueEffects effects, ReplySender replies) {
        this.conversations = conversations;
        this.pending = pending;
        this.effects = effects;
        this.replies = replies;
    }

    @Scheduled(every = "${orchestrator.resume.every}", delayed = "${orchestrator.resume.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> resumeDue() {
        return pending.due(BATCH).onItem().transformToMulti(Multi.createFrom()::iterable)
                .onItem().transformToUniAndConcatenate(this::resume)
                .collect().last().replaceWithVoid();
    }

    private Uni<Void> resume(Due due) {
        // Kept actions are resumed one after another in one scheduled run: each names its own conversation.
        LogContext.put(null, due.conversationId(), null);
        return conversations.<Void>locked(due.conversationId(), connection -> conversations
                        .handoff(connection, due.conversationId())
                        .chain(handoff -> "none".equals(handoff) ? resume(connection, due)
                                // staff have the guest now: they answer, the agent stays silent
                                : pending.supersede(connection, due.conversationId())))
                .onFailure().recoverWithUni(failure -> {
                    Log.infof("A kept PMS action of %s is still unanswered: %s", due.id(), failure.toString());
                    return pending.postpone(due.id(), failure.toString());
                });
    }

    private Uni<Void> resume(SqlConnection connection, Due due) {
        return pending.open(connection, due.id())
                        .invoke(kept -> kept.ifPresent(action -> LogContext.put(action.message())))
                        .chain(kept -> kept.isEmpty() ? Uni.createFrom().voidItem() : conversations
                                .state(connection, due.conversationId())
                                .chain(state -> effects.resume(kept.get().message(), state, kept.get().action()))
                                .call(said -> conversations.save(connection, due.conversationId(), said.state()))
                                .map(said -> effects.composer().followUp(kept.get().message(), said.answer()))
                                .call(reply -> conversations.recordFollowUp(connection, due.id(),
                                        kept.get().message(), reply))
                                .call(reply -> replies.send(kept.get().message(), reply, "follow-up"))
                                .chain(() -> pending.answered(connection, due.id())));
    }
}
