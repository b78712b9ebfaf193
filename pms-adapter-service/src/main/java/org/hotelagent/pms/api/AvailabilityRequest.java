package org.hotelagent.pms.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.hotelagent.pms.domain.Party;
import org.hotelagent.pms.domain.Stay;

/** A quote request: dates and one party per room. */
@Schema(description = "Dates and parties to quote")
public record AvailabilityRequest(
        @Schema(description = "Arrival date, local to the hotel", example = "2026-12-03") LocalDate checkIn,
        @Schema(description = "Departure date, after checkIn", example = "2026-12-05") LocalDate checkOut,
        @Schema(description = "One entry per room wanted") List<RoomRequest> rooms) {

    /** What is missing for the PMS to quote, if anything. */
    Optional<String> missing() {
        if (checkIn == null || checkOut == null) {
            return Optional.of("checkIn and checkOut are required (ISO dates, e.g. 2026-12-03)");
        }
        if (rooms == null || rooms.isEmpty() || rooms.contains(null)) {
            return Optional.of("rooms must list at least one room, e.g. [{\"adults\": 2, \"children\": 0}]");
        }
        return Optional.empty();
    }

    Stay stay() {
        return new Stay(checkIn, checkOut);
    }

    List<Party> parties() {
        return rooms.stream().map(RoomRequest::toParty).toList();
    }
}
