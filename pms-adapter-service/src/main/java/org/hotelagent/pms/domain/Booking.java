package org.hotelagent.pms.domain;

import java.math.BigDecimal;
import java.util.List;

/** A booking as the PMS holds it: one room for one stay and party, with its price and the guest's contact. */
public record Booking(String reference, String hotelId, Status status, String roomTypeId, String roomNumber,
                      Stay stay, Party party, List<NightPrice> nightly, BigDecimal total, BigDecimal taxes,
                      String currency, GuestContact guest, String conversationId) {

    /** Whether the booking holds its room. */
    public enum Status { CONFIRMED, CANCELLED }

    public boolean cancelled() {
        return status == Status.CANCELLED;
    }
}
