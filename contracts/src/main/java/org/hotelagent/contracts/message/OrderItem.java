package org.hotelagent.contracts.message;

import java.math.BigDecimal;

/** One line of a catalogue order. */
public record OrderItem(String productId, int quantity, BigDecimal itemPrice, String currency) {
}
