package org.hotelagent.contracts.message;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Delivery states in the order they move forward; FAILED is terminal. */
public enum DeliveryStatus {
    @JsonProperty("accepted") ACCEPTED,
    @JsonProperty("sent") SENT,
    @JsonProperty("delivered") DELIVERED,
    @JsonProperty("read") READ,
    @JsonProperty("played") PLAYED,
    @JsonProperty("failed") FAILED;

    /** Whether moving from this state to {@code next} is progress (statuses may arrive out of order). */
    public boolean isBefore(DeliveryStatus next) {
        return this != FAILED && next.ordinal() > ordinal();
    }
}
