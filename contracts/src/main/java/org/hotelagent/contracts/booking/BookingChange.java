package org.hotelagent.contracts.booking;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What happened to a booking. */
public enum BookingChange {
    @JsonProperty("created") CREATED,
    @JsonProperty("modified") MODIFIED,
    @JsonProperty("cancelled") CANCELLED
}
