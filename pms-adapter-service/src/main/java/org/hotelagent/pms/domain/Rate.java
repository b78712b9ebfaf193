package org.hotelagent.pms.domain;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * A nightly rate rule for one room type over [validFrom, validTo); validTo null means open-ended. Friday and
 * Saturday nights cost {@code weekendUpliftPercent} more.
 */
public record Rate(LocalDate validFrom, LocalDate validTo, BigDecimal amount, BigDecimal weekendUpliftPercent,
                   int priority) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public boolean covers(LocalDate night) {
        return !night.isBefore(validFrom) && (validTo == null || night.isBefore(validTo));
    }

    public BigDecimal priceOf(LocalDate night) {
        var day = night.getDayOfWeek();
        if (day != DayOfWeek.FRIDAY && day != DayOfWeek.SATURDAY) {
            return amount;
        }
        return Money.round(amount.multiply(HUNDRED.add(weekendUpliftPercent)).divide(HUNDRED));
    }
}
