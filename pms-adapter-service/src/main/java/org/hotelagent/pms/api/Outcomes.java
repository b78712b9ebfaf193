package org.hotelagent.pms.api;

import java.net.URI;
import java.util.UUID;

import jakarta.ws.rs.core.Response;

import org.hotelagent.pms.domain.BookingOutcome;
import org.hotelagent.pms.domain.RequestContext;

/** The headers booking operations read and the HTTP answer to each booking outcome. */
final class Outcomes {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String CONVERSATION_ID = "X-Conversation-Id";
    static final String CORRELATION_ID = "X-Correlation-Id";

    private Outcomes() {
    }

    /** 201 with a Location for a new booking, 200 for a replay or a change, a problem for a refusal. */
    static Response response(BookingOutcome outcome) {
        return switch (outcome) {
            case BookingOutcome.Created created -> Response.created(URI.create("/api/bookings/"
                    + created.booking().reference())).entity(BookingResponse.from(created.booking())).build();
            case BookingOutcome.Replayed replayed -> Response.ok(BookingResponse.from(replayed.booking())).build();
            case BookingOutcome.Updated updated -> Response.ok(BookingResponse.from(updated.after())).build();
            case BookingOutcome.Rejected rejected -> Problems.of(rejected.rejection());
        };
    }

    /** A correlation id is made up when the caller sent none, so every event carries one. */
    static RequestContext context(String conversationId, String correlationId) {
        return new RequestContext(blank(conversationId) ? null : conversationId,
                blank(correlationId) ? UUID.randomUUID().toString() : correlationId);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
