package org.hotelagent.pms.api;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A quote: per fitting room type, how many rooms are free and what the stay costs. */
@Schema(description = "Availability and prices for a stay")
public record AvailabilityResponse(
        @Schema(description = "Hotel id", example = "demo-hotel") String hotelId,
        @Schema(description = "Arrival date") LocalDate checkIn,
        @Schema(description = "Departure date") LocalDate checkOut,
        @Schema(description = "Nights of the stay", example = "2") int nights,
        @Schema(description = "ISO 4217 currency of every amount", example = "EUR") String currency,
        @Schema(description = "Room types that fit every requested room, cheapest display order first")
        List<OfferResponse> offers) {
}
