package org.hotelagent.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * What every event on every topic carries: an id consumers deduplicate on, when the fact happened, the conversation
 * that is also the Kafka key (so one guest stays ordered), the hotel, and a correlation id shared by all events that
 * one guest message causes.
 */
public interface HotelEvent {

    UUID eventId();

    Instant occurredAt();

    String conversationId();

    String hotelId();

    String correlationId();
}
