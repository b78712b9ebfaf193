package org.hotelagent.pms.domain;

/** Why the PMS refused a request: a closed set of kinds, each with a sentence for the caller. */
public record Rejection(Kind kind, String detail) {

    /** The kinds of refusal; the API maps each to a status and a problem type. */
    public enum Kind {
        HOTEL_NOT_FOUND, ROOM_TYPE_NOT_FOUND, BOOKING_NOT_FOUND, INVALID_STAY, OCCUPANCY_EXCEEDED,
        LENGTH_OF_STAY, NO_AVAILABILITY, PRICE_CHANGED, IDEMPOTENCY_KEY_REUSED, BOOKING_CANCELLED
    }

    /** This rejection as an exception, to leave a transaction so that it rolls back. */
    public RejectedException toException() {
        return new RejectedException(this);
    }
}
