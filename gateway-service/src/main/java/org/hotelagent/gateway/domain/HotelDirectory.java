package org.hotelagent.gateway.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hotelagent.gateway.config.GatewayConfig;

/** Knows which hotel a receiving WhatsApp number belongs to, and which number answers for a hotel. */
@ApplicationScoped
public class HotelDirectory {

    private final Map<String, String> hotelByNumber = new LinkedHashMap<>();
    private final Map<String, String> numberByHotel = new LinkedHashMap<>();

    @Inject
    HotelDirectory(GatewayConfig config) {
        this(config.whatsapp().numbers());
    }

    HotelDirectory(List<String> numbers) {
        for (var entry : numbers) {
            var parts = entry.split(":", 2);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalArgumentException(
                        "gateway.whatsapp.numbers entries must be phoneNumberId:hotelId, got '" + entry + "'");
            }
            hotelByNumber.put(parts[0].trim(), parts[1].trim());
            numberByHotel.putIfAbsent(parts[1].trim(), parts[0].trim());
        }
    }

    public Optional<String> hotelOfNumber(String phoneNumberId) {
        return Optional.ofNullable(hotelByNumber.get(phoneNumberId));
    }

    public Optional<String> defaultNumberOf(String hotelId) {
        return Optional.ofNullable(numberByHotel.get(hotelId));
    }
}
