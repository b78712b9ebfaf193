package org.hotelagent.orchestrator.domain;

/** What the agent last asked the guest, so a short answer ("yes", "the 6th") is read against it. */
public enum Awaiting {
    DATES, CHECK_OUT, PARTY, ROOM, NAME, BOOKING_CONFIRMATION, CHANGE, REFERENCE, CANCEL_CONFIRMATION, NEW_DATES,
    CHANGE_CONFIRMATION
}
