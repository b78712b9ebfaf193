package org.hotelagent.pms.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The price of one room for one night, in the hotel's currency. */
public record NightPrice(LocalDate night, BigDecimal amount) {
}
