package org.hotelagent.orchestrator.domain;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

import org.hotelagent.contracts.nlp.MessageInterpreted;
import org.hotelagent.orchestrator.config.OrchestratorConfig;
import org.hotelagent.orchestrator.persistence.PendingActionRepository;

/**
 * Carries out a dialogue step: a PMS call is made and its answer turned into what the guest is told; when the PMS
 * cannot answer, the action is kept in PostgreSQL (same transaction as the turn) and a holding answer is given.
 */
@ApplicationScoped
public class DialogueEffects {

    private final PmsActions pms;
    private final PendingActionRepository pending;
    private final ReplyComposer composer;
    private final Clock clock;
    private final OrchestratorConfig config;

    DialogueEffects(PmsActions pms, PendingActionRepository pending, ReplyComposer composer, Clock clock,
                    OrchestratorConfig config) {
        this.pms = pms;
        this.pending = pending;
        this.composer = composer;
        this.clock = clock;
        this.config = config;
    }

    /** The hotels' today by the service clock: arrivals before it are refused. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), config.timeZone());
    }

    public ReplyComposer composer() {
        return composer;
    }

    /** The answer to give for {@code step}, calling the PMS as often as the rules need (a lookup, then a quote). */
    public Uni<Step.Say> resolve(SqlConnection connection, MessageInterpreted message, Step step) {
        return switch (step) {
            case Step.Say say -> Uni.createFrom().item(say);
            case Step.Call call -> pms.run(call.action(), message).onItemOrFailure().transformToUni(
                    (result, failure) -> failure != null ? hold(connection, message, call, failure)
                            : pending.supersede(connection, message.conversationId()).chain(() -> resolve(connection,
                            message, Dialogue.after(call.state(), call.action(), result, message, today()))));
        };
    }

    /** Answers the PMS gave to an action kept earlier; fails while the PMS still cannot answer. */
    public Uni<Step.Say> resume(MessageInterpreted message, DialogueState state, PmsAction action) {
        return pms.run(action, message).chain(result -> settled(message,
                Dialogue.after(state, action, result, message, today())));
    }

    private Uni<Step.Say> settled(MessageInterpreted message, Step step) {
        return switch (step) {
            case Step.Say say -> Uni.createFrom().item(say);
            case Step.Call call -> pms.run(call.action(), message).chain(result -> settled(message,
                    Dialogue.after(call.state(), call.action(), result, message, today())));
        };
    }

    private Uni<Step.Say> hold(SqlConnection connection, MessageInterpreted message, Step.Call call,
                               Throwable failure) {
        Log.warnf("The PMS could not answer %s for conversation %s: %s; holding reply sent, action kept",
                call.action().getClass().getSimpleName(), message.eventId(), failure.toString());
        return pending.keep(connection, message, call.action(), failure.toString())
                .replaceWith(new Step.Say(call.state(), Dialogue.holding(message)));
    }
}
