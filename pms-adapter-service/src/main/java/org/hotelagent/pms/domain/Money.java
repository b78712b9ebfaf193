package org.hotelagent.pms.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounding of amounts to cents, the one place it happens. */
final class Money {

    private Money() {
    }

    static BigDecimal round(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
