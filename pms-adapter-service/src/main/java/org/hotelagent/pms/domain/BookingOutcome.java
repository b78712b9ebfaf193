package org.hotelagent.pms.domain;

/** What became of a create, modify or cancel request; the compiler checks every caller handles each case. */
public sealed interface BookingOutcome {

    /** A new booking exists. */
    record Created(Booking booking) implements BookingOutcome {
    }

    /** Nothing changed: a retry of an earlier request, answered with the booking it produced. */
    record Replayed(Booking booking) implements BookingOutcome {
    }

    /** The booking was modified or cancelled. */
    record Updated(Booking before, Booking after) implements BookingOutcome {
    }

    /** The PMS refused; nothing changed. */
    record Rejected(Rejection rejection) implements BookingOutcome {
    }
}
