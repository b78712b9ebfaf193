package org.hotelagent.pms;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** JSON bodies for quotes and bookings. */
public final class Stays {

    private Stays() {
    }

    public static Map<String, Object> quote(LocalDate checkIn, LocalDate checkOut, int adults, int children) {
        return Map.of("checkIn", checkIn.toString(), "checkOut", checkOut.toString(),
                "rooms", List.of(Map.of("adults", adults, "children", children)));
    }

    public static Map<String, Object> booking(String roomType, LocalDate checkIn, LocalDate checkOut, int adults) {
        return Map.of("roomTypeId", roomType, "checkIn", checkIn.toString(), "checkOut", checkOut.toString(),
                "adults", adults, "children", 0,
                "guest", Map.of("name", "Ana García", "email", "ana@example.com", "phone", "+34600111222",
                        "channelAddress", "whatsapp:+34600111222", "language", "es"));
    }
}
