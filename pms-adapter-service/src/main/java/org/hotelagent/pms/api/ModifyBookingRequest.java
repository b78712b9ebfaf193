package org.hotelagent.pms.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.hotelagent.pms.domain.BookingModification;
import org.hotelagent.pms.domain.Party;
import org.hotelagent.pms.domain.Stay;

/** A change to a booking; absent fields stay as they are. */
@Schema(description = "What to change in a booking; absent fields are kept")
public record ModifyBookingRequest(
        @Schema(description = "New arrival date", nullable = true) LocalDate checkIn,
        @Schema(description = "New departure date", nullable = true) LocalDate checkOut,
        @Schema(description = "New number of adults", nullable = true) Integer adults,
        @Schema(description = "New number of children", nullable = true) Integer children,
        @Schema(description = "New room type code", nullable = true) String roomTypeId,
        @Schema(description = "New contact data (replaces the old)", nullable = true) GuestContactView guest,
        @Schema(description = "The total the guest was quoted for the change", nullable = true)
        BigDecimal quotedTotal) {

    Optional<String> missing() {
        if ((checkIn == null) != (checkOut == null)) {
            return Optional.of("checkIn and checkOut change together");
        }
        if (adults == null && children != null) {
            return Optional.of("adults is required when children changes");
        }
        if (guest != null && !guest.named()) {
            return Optional.of("guest.name is required when guest changes");
        }
        return Optional.empty();
    }

    BookingModification toModification() {
        return new BookingModification(checkIn == null ? null : new Stay(checkIn, checkOut),
                adults == null ? null : new Party(adults, children == null ? 0 : children), roomTypeId,
                guest == null ? null : guest.toGuest(), quotedTotal);
    }
}
