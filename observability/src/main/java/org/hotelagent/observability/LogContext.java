package org.hotelagent.observability;

import java.util.HashMap;
import java.util.Map;

import org.jboss.logging.MDC;

import org.hotelagent.contracts.HotelEvent;

/**
 * Puts the guest message being handled into the logging MDC: {@code correlationId}, {@code conversationId} (guest part
 * masked) and {@code hotelId}, so every line logged meanwhile carries them (JSON logs list the MDC, the console format
 * names the keys).
 * <p>
 * In Quarkus the MDC lives in the current Vert.x duplicated context when there is one (each Kafka record, HTTP request
 * and scheduled run gets its own), so {@link #put} values follow the handling across event-loop and worker threads and
 * vanish with it. Code that handles several guests in one context or on a plain thread (a mailbox poll) uses
 * {@link #scoped}, which restores the previous values on close. Every call sets all three keys (absent ones are
 * removed), so one guest's values never survive into the next guest's lines.
 */
public final class LogContext implements AutoCloseable {

    public static final String CORRELATION_ID = "correlationId";
    public static final String CONVERSATION_ID = "conversationId";
    public static final String HOTEL_ID = "hotelId";

    private final Map<String, Object> previous;

    private LogContext(Map<String, Object> previous) {
        this.previous = previous;
    }

    /** For handling that has the current duplicated context to itself (a Kafka record, an HTTP request). */
    public static void put(HotelEvent event) {
        put(event.correlationId(), event.conversationId(), event.hotelId());
    }

    /** As {@link #put(HotelEvent)}; any argument may be null. The conversation id is masked here. */
    public static void put(String correlationId, String conversationId, String hotelId) {
        set(CORRELATION_ID, correlationId);
        set(CONVERSATION_ID, Masked.conversationId(conversationId));
        set(HOTEL_ID, hotelId);
    }

    /** For synchronous handling of one guest among others: the previous values come back on {@link #close()}. */
    public static LogContext scoped(String correlationId, String conversationId, String hotelId) {
        var previous = new HashMap<String, Object>();
        for (var key : new String[] {CORRELATION_ID, CONVERSATION_ID, HOTEL_ID}) {
            previous.put(key, MDC.get(key));
        }
        put(correlationId, conversationId, hotelId);
        return new LogContext(previous);
    }

    @Override
    public void close() {
        previous.forEach((key, value) -> set(key, value));
    }

    private static void set(String key, Object value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }
}
