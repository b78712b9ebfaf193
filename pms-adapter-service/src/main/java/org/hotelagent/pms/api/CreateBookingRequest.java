package org.hotelagent.pms.api;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.hotelagent.pms.domain.BookingRequest;
import org.hotelagent.pms.domain.Party;
import org.hotelagent.pms.domain.Stay;

/** A request to book one room. */
@Schema(description = "One room to book, for a stay and a party, with the guest's contact")
public record CreateBookingRequest(
        @Schema(description = "Room type code", example = "double") String roomTypeId,
        @Schema(description = "Arrival date") LocalDate checkIn,
        @Schema(description = "Departure date") LocalDate checkOut,
        @Schema(description = "Adults, at least 1", example = "2") Integer adults,
        @Schema(description = "Children, 0 when absent", example = "0") Integer children,
        @Schema(description = "The guest's contact; name is required") GuestContactView guest,
        @Schema(description = "The total the guest was quoted; if the price changed since, 409 price-changed",
                nullable = true, example = "180.00") BigDecimal quotedTotal) {

    Optional<String> missing() {
        if (roomTypeId == null || checkIn == null || checkOut == null || adults == null) {
            return Optional.of("roomTypeId, checkIn, checkOut and adults are required");
        }
        if (guest == null || !guest.named()) {
            return Optional.of("guest.name is required");
        }
        return Optional.empty();
    }

    BookingRequest toBooking(String hotelId, String idempotencyKey, String conversationId) {
        return new BookingRequest(hotelId, roomTypeId, new Stay(checkIn, checkOut),
                new Party(adults, children == null ? 0 : children), guest.toGuest(), quotedTotal, idempotencyKey,
                fingerprint(hotelId), conversationId);
    }

    /** Identifies the request's content, so a key reused for a different request is told from a retry. */
    private String fingerprint(String hotelId) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest((hotelId + "|" + this)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
