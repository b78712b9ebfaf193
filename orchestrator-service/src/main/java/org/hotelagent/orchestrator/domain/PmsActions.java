package org.hotelagent.orchestrator.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import org.hotelagent.contracts.nlp.MessageInterpreted;
import org.hotelagent.orchestrator.client.Pms;
import org.hotelagent.orchestrator.client.PmsClient;
import org.hotelagent.orchestrator.client.PmsResult;

/** Runs the dialogue's PMS actions through the fault-tolerant client, on behalf of the message that asked. */
@ApplicationScoped
class PmsActions {

    private final PmsClient pms;
    private final DialogueMetrics metrics;

    PmsActions(PmsClient pms, DialogueMetrics metrics) {
        this.pms = pms;
        this.metrics = metrics;
    }

    /** Fails when the PMS is unavailable (timeout, 5xx, breaker open); refusals are results. Counts what it did. */
    Uni<? extends PmsResult<?>> run(PmsAction action, MessageInterpreted message) {
        return call(action, message).invoke(result -> metrics.pmsAnswered(action, result));
    }

    private Uni<? extends PmsResult<?>> call(PmsAction action, MessageInterpreted message) {
        var caller = new PmsClient.Caller(message.conversationId(), message.correlationId(),
                message.channel().code());
        return switch (action) {
            case PmsAction.Quote q -> pms.quote(message.hotelId(), new Pms.QuoteRequest(q.checkIn(), q.checkOut(),
                    List.of(new Pms.Room(q.adults(), q.children()))));
            case PmsAction.Book b -> pms.book(message.hotelId(), b.idempotencyKey().toString(), caller, b.request());
            case PmsAction.Find f -> pms.booking(f.reference());
            case PmsAction.Cancel c -> pms.cancel(c.reference(), caller);
            case PmsAction.Change c -> pms.change(c.reference(), caller, new Pms.Change(c.checkIn(), c.checkOut()));
        };
    }
}
