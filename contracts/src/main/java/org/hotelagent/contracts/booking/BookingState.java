package org.hotelagent.contracts.booking;

import java.time.LocalDate;

/** What a booking was before a change: the fields a change can move, for the audit trail. */
public record BookingState(String roomTypeId, LocalDate checkIn, LocalDate checkOut, int adults, int children,
                           Money total) {
}
