package org.hotelagent.pms.persistence;

import java.time.LocalTime;
import java.time.ZoneId;

/** A property as stored in the {@code hotels} table. */
public record Hotel(String id, String name, ZoneId timeZone, String currency, LocalTime checkInTime,
                    LocalTime checkOutTime, String address, String phone, String email) {
}
