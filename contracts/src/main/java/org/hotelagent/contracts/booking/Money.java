package org.hotelagent.contracts.booking;

import java.math.BigDecimal;

/** An amount in an ISO 4217 currency; the amount is exact, never a double. */
public record Money(BigDecimal amount, String currency) {
}
