package org.hotelagent.pms.qloapps;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import io.vertx.core.json.JsonObject;

/**
 * The demo QloApps hotel of the samples: room types 1-4 (05a: prices, names), rooms 1-20 (06: room numbers, type),
 * service 5 "Room Maintenance Fees" (07: auto-added, 250 per night, inside the room price).
 */
final class QloAppsData {

    private static final List<JsonObject> TYPES = list("05a-list-room-types", "room_types");
    private static final List<JsonObject> ROOMS = list("06-list-hotel-rooms", "rooms");
    private static final List<JsonObject> SERVICES = list("07-list-services", "services");
    private static final int AUTO_SERVICE = 5;

    private QloAppsData() {
    }

    static List<Integer> roomTypes() {
        return TYPES.stream().map(t -> t.getInteger("id")).toList();
    }

    static String name(int type) {
        return TYPES.stream().filter(t -> t.getInteger("id") == type).findFirst().orElseThrow().getString("name");
    }

    static BigDecimal price(int type) {
        return plain(new BigDecimal(TYPES.stream().filter(t -> t.getInteger("id") == type).findFirst().orElseThrow()
                .getString("price")));
    }

    static List<Integer> roomsOf(int type) {
        return ROOMS.stream().filter(r -> r.getInteger("id_product") == type).map(r -> r.getInteger("id")).toList();
    }

    static String roomNumber(int room) {
        return ROOMS.stream().filter(r -> r.getInteger("id") == room).findFirst().orElseThrow().getString("room_num");
    }

    static BigDecimal autoServicePerNight() {
        return servicePrice(AUTO_SERVICE, 1);
    }

    /** A service for a stay: per night (price_calculation_method 2) or once (1). */
    static BigDecimal servicePrice(int id, long nights) {
        var service = SERVICES.stream().filter(s -> s.getInteger("id") == id).findFirst().orElseThrow();
        var price = new BigDecimal(service.getString("price"));
        return plain(service.getInteger("price_calculation_method") == 2
                ? price.multiply(BigDecimal.valueOf(nights)) : price);
    }

    /** An amount written like QloApps writes it: 2600, 2600.5, never 2.6E+3. */
    static BigDecimal plain(BigDecimal amount) {
        return new BigDecimal(amount.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString());
    }

    private static List<JsonObject> list(String sample, String node) {
        return FakeQloApps.sample(sample).getJsonObject("response").getJsonObject("body").getJsonArray(node).stream()
                .map(JsonObject.class::cast).toList();
    }
}
