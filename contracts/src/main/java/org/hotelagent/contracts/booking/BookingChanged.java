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
 * @param conversationId the conversation that asked for the change; null when staff changed it through the API
 * @param provider       which PMS holds the booking: {@code builtin} or {@code qloapps}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BookingChanged(UUID eventId, Instant occurredAt, String conversationId, String hotelId,
                             String correlationId, String bookingReference, BookingChange change, String provider,
                             String roomTypeId, LocalDate checkIn, LocalDate checkOut, int adults, int children,
                             Money total) implements HotelEvent {
}
