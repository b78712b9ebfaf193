package org.hotelagent.contracts;

import java.util.List;

/** Kafka topic names: one event type per topic, named as the kebab-case plural of the fact. */
public final class Topics {

    public static final String MESSAGES_RECEIVED = "messages-received";
    public static final String MESSAGES_INTERPRETED = "messages-interpreted";
    public static final String REPLIES_COMPOSED = "replies-composed";
    public static final String DELIVERIES_REPORTED = "deliveries-reported";
    public static final String BOOKINGS_CHANGED = "bookings-changed";

    /** Every event topic; each has a {@code <topic>-dlq} companion for poison messages. */
    public static final List<String> ALL = List.of(
            MESSAGES_RECEIVED, MESSAGES_INTERPRETED, REPLIES_COMPOSED, DELIVERIES_REPORTED, BOOKINGS_CHANGED);

    /** Kafka header that carries {@link HotelEvent#correlationId()} beside the payload. */
    public static final String CORRELATION_HEADER = "correlation-id";

    private Topics() {
    }

    public static String deadLetter(String topic) {
        return topic + "-dlq";
    }
}
