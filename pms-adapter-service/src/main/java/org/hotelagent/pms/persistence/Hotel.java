package org.hotelagent.pms.persistence;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A property as stored in the {@code hotels} table.
 *
 * @param pricesIncludeVat whether its rates already include {@code vatPercent} VAT or get it added on top
 */
public record Hotel(String id, String name, ZoneId timeZone, String currency, LocalTime checkInTime,
                    LocalTime checkOutTime, String address, String phone, String email, String policies,
                    BigDecimal vatPercent,
                    boolean pricesIncludeVat) {
}
