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

    PmsActions(PmsClient pms) {
        this.pms = pms;
    }

    /** Fails when the PMS is unavailable (timeout, 5xx, breaker open); refusals are results. */
    Uni<? extends PmsResult<?>> run(PmsAction action, MessageInterpreted message) {
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
