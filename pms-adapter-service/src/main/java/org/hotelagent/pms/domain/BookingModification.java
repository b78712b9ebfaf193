package org.hotelagent.pms.domain;

import java.math.BigDecimal;

/** What a guest wants changed in a booking; null fields stay as they are. */
public record BookingModification(Stay stay, Party party, String roomTypeId, GuestContact guest,
                                  BigDecimal quotedTotal) {

    /** The booking as it would be after this change, before pricing and room assignment. */
    public Booking applyTo(Booking booking) {
        return new Booking(booking.reference(), booking.hotelId(), booking.status(),
                roomTypeId == null ? booking.roomTypeId() : roomTypeId, booking.roomNumber(),
                stay == null ? booking.stay() : stay, party == null ? booking.party() : party, booking.nightly(),
                booking.total(), booking.taxes(), booking.currency(), guest == null ? booking.guest() : guest,
                booking.conversationId());
    }
}
