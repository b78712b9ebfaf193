package org.hotelagent.pms.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.hotelagent.pms.domain.Booking;

/** A booking with its stay, room, price and the guest's contact. */
@Schema(description = "A booking in the PMS")
public record BookingResponse(
        @Schema(description = "Our booking reference", example = "HR-2026-00042") String reference,
        @Schema(description = "Hotel id", example = "demo-hotel") String hotelId,
        @Schema(description = "confirmed or cancelled", example = "confirmed") String status,
        @Schema(description = "Room type code", example = "double") String roomTypeId,
        @Schema(description = "The room assigned", example = "201") String roomNumber,
        @Schema(description = "Arrival date") LocalDate checkIn,
        @Schema(description = "Departure date") LocalDate checkOut,
        @Schema(description = "Adults") int adults,
        @Schema(description = "Children") int children,
        @Schema(description = "Price per night") List<NightPriceResponse> nightly,
        @Schema(description = "What the guest pays", example = "180.00") BigDecimal total,
        @Schema(description = "VAT within the total", example = "16.36") BigDecimal taxes,
        @Schema(description = "ISO 4217 currency", example = "EUR") String currency,
        @Schema(description = "The guest's contact") GuestContactView guest) {

    static BookingResponse from(Booking booking) {
        return new BookingResponse(booking.reference(), booking.hotelId(), booking.status().name().toLowerCase(),
                booking.roomTypeId(), booking.roomNumber(), booking.stay().checkIn(), booking.stay().checkOut(),
                booking.party().adults(), booking.party().children(),
                booking.nightly().stream().map(NightPriceResponse::from).toList(), booking.total(), booking.taxes(),
                booking.currency(), GuestContactView.from(booking.guest()));
    }
}
