package org.hotelagent.contracts.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.hotelagent.contracts.HotelEvent;

/**
 * Emitted by pms-adapter-service on {@code bookings-changed} after a booking is created, modified or cancelled in the
 * PMS: the audit trail. Guest contact data stays in the PMS.
 *
 * The flat fields ({@code roomTypeId} … {@code total}) are the booking after the change.
 *
 * @param conversationId the conversation that asked for the change; null when staff changed it through the API
 * @param provider       which PMS holds the booking: {@code builtin} or {@code qloapps}
 * @param before         the booking before a modification or cancellation; null for a creation
 * @param actor          who made the change: {@code agent} (for a guest, in a conversation) or {@code api}
 * @param reason         why: the reason given for a cancellation, or what a modification changed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BookingChanged(UUID eventId, Instant occurredAt, String conversationId, String hotelId,
                             String correlationId, String bookingReference, BookingChange change, String provider,
                             String roomTypeId, LocalDate checkIn, LocalDate checkOut, int adults, int children,
                             Money total, BookingState before, String actor, String reason) implements HotelEvent {
}
