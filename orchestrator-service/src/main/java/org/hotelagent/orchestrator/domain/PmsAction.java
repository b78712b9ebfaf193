package org.hotelagent.orchestrator.domain;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import org.hotelagent.orchestrator.client.Pms;

/** A call the dialogue needs the PMS to answer; kept in PostgreSQL when the PMS cannot answer now. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = PmsAction.Quote.class, name = "quote"),
        @JsonSubTypes.Type(value = PmsAction.Book.class, name = "book"),
        @JsonSubTypes.Type(value = PmsAction.Find.class, name = "find"),
        @JsonSubTypes.Type(value = PmsAction.Cancel.class, name = "cancel"),
        @JsonSubTypes.Type(value = PmsAction.Change.class, name = "change")})
public sealed interface PmsAction {

    /** Availability and prices for the stay and party. */
    record Quote(LocalDate checkIn, LocalDate checkOut, int adults, int children) implements PmsAction {
    }

    /** Book the confirmed offer; the key makes a retried or redelivered confirmation book once. */
    record Book(UUID idempotencyKey, Pms.BookingRequest request) implements PmsAction {
    }

    /** Look a booking up by its reference. */
    record Find(String reference) implements PmsAction {
    }

    /** Cancel a verified booking. */
    record Cancel(String reference) implements PmsAction {
    }

    /** Move a verified booking to new dates. */
    record Change(String reference, LocalDate checkIn, LocalDate checkOut) implements PmsAction {
    }
}
