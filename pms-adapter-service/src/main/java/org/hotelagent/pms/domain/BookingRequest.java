package org.hotelagent.pms.domain;

import java.math.BigDecimal;

/**
 * A guest's request to book one room.
 *
 * @param idempotencyKey the caller's key: the same key never creates a second booking
 * @param requestHash    a fingerprint of the request, to tell a retry from a different request with a reused key
 * @param quotedTotal    the total the guest was quoted, or null; a different current total is refused
 */
public record BookingRequest(String hotelId, String roomTypeId, Stay stay, Party party, GuestContact guest,
                             BigDecimal quotedTotal, String idempotencyKey, String requestHash,
                             String conversationId) {
}
