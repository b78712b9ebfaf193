package org.hotelagent.pms.qloapps;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The live state behind {@link FakeQloApps}: orders, customers and room occupation, answering {@code hotel_ari}
 * and {@code bookings} as QloApps 1.7.0 does in the samples (4 % tax, the auto-added service in ARI prices).
 */
final class FakeQloAppsOrders {

    private static final BigDecimal TAX = new BigDecimal("0.04");
    private static final Pattern TAG = Pattern.compile("<(\\w+)>([^<]*)</\\1>");

    /** A QloApps error answer: HTTP status, webservice code and message. */
    static final class Refusal extends RuntimeException {
        final int status;
        final int code;

        Refusal(int status, int code, String message) {
            super(message, null, false, false);
            this.status = status;
            this.code = code;
        }
    }

    /** One booked room of an order. */
    record Line(int roomType, LocalDate from, LocalDate to, int room, int adults, int children,
                List<Integer> services) {
    }

    /** A QloApps order: its customer, remarks (newest first), state and room line. */
    static final class Order {
        long id;
        String email;
        JsonObject customer;
        final List<String> remarks = new ArrayList<>();
        int state = 1;
        Line line;
        long lineId;
    }

    private final Map<Long, Order> orders = new LinkedHashMap<>();
    private final Map<String, Integer> customers = new HashMap<>();
    private long nextLine = 1;

    void clear() {
        orders.clear();
        customers.clear();
    }

    Order find(long id) {
        return orders.get(id);
    }

    JsonObject ari(String body) {
        if (!body.strip().startsWith("<")) {
            throw new Refusal(400, 85, "Validation error: Invalid ARI search parameters found.");
        }
        var fields = new HashMap<String, String>();
        var tags = TAG.matcher(body);
        while (tags.find()) {
            fields.putIfAbsent(tags.group(1), tags.group(2));
        }
        var from = LocalDate.parse(fields.get("date_from"));
        var to = LocalDate.parse(fields.get("date_to"));
        if (!to.isAfter(from)) {
            throw new Refusal(400, 85, "Validation error: \"Date to\" must be after \"date from\"");
        }
        var occupancies = Math.max(1, body.split("<room_occupancy>").length - 1);
        var types = new JsonArray();
        for (var type : QloAppsData.roomTypes()) {
            if (fields.containsKey("id_room_type") && Integer.parseInt(fields.get("id_room_type")) != type) {
                continue;
            }
            types.add(ariRoomType(type, from, to, occupancies));
        }
        return new JsonObject().put("hotel_ari", new JsonObject().put("id_hotel", fields.get("id_hotel"))
                .put("date_from", from.toString()).put("date_to", to.toString()).put("currency", "USD")
                .put("room_types", types));
    }

    private JsonObject ariRoomType(int type, LocalDate from, LocalDate to, int occupancies) {
        var nights = ChronoUnit.DAYS.between(from, to);
        var nightly = QloAppsData.price(type).add(QloAppsData.autoServicePerNight());
        var total = QloAppsData.plain(nightly.multiply(BigDecimal.valueOf(nights * occupancies)));
        var free = new JsonObject();
        QloAppsData.roomsOf(type).stream().filter(room -> isFree(room, from, to, -1)).forEach(room ->
                free.put(String.valueOf(room), new JsonObject().put("id_room", room).put("id_product", type)
                        .put("room_num", QloAppsData.roomNumber(room))));
        return new JsonObject().put("id_room_type", type).put("name", QloAppsData.name(type))
                .put("base_price", nightly).put("base_price_with_tax", withTax(nightly))
                .put("total_price", total).put("total_price_with_tax", withTax(total))
                .put("rooms", new JsonObject().put("available", free.isEmpty() ? new JsonArray() : free));
    }

    JsonObject create(JsonObject booking) {
        if (!"USD".equals(booking.getString("currency"))) {
            throw new Refusal(400, 404, "Please provide valid currency.");
        }
        var customer = booking.getJsonObject("associations").getJsonObject("customer_detail");
        var line = line(booking, -1);
        if (line == null) {
            throw new Refusal(400, 404, "Requested room(s) not available.");
        }
        var order = new Order();
        order.id = orders.size() + 1L;
        order.email = customer.getString("email");
        order.customer = customer.copy().put("id_customer", customers.computeIfAbsent(order.email,
                e -> customers.size() + 2));
        if (booking.getString("remark") != null) {
            order.remarks.add(booking.getString("remark"));
        }
        order.line = line;
        order.lineId = nextLine++;
        orders.put(order.id, order);
        return booking(order);
    }

    JsonObject update(JsonObject booking) {
        var order = orders.get(booking.getLong("id", -1L));
        var associations = booking.getJsonObject("associations", new JsonObject());
        if (order == null) {
            throw new Refusal(400, 404, "Booking not found.");
        }
        if (associations.getJsonArray("room_types", new JsonArray()).isEmpty()) {
            throw new Refusal(400, 404, "Rooms not found in the request.");
        }
        var email = associations.getJsonObject("customer_detail", new JsonObject()).getString("email");
        if (!customers.containsKey(email)) {
            throw new Refusal(400, 404, "Customer not found.");
        }
        var line = line(booking, order.id);
        if (line == null) {
            throw new Refusal(400, 404, "Requested room(s) not available.");
        }
        if (line.room() != order.line.room() || !line.from().equals(order.line.from())
                || !line.to().equals(order.line.to()) || line.roomType() != order.line.roomType()) {
            order.lineId = nextLine++;
        }
        order.line = line;
        if (booking.getString("remark") != null) {
            order.remarks.addFirst(booking.getString("remark"));
        }
        if (booking.getInteger("booking_status", 0) == 3) {
            order.state = 4;
        }
        return booking(order);
    }

    /** The requested line; null when no room is free. A line equal to the order's keeps its room. */
    private Line line(JsonObject booking, long orderId) {
        var type = booking.getJsonObject("associations").getJsonArray("room_types").getJsonObject(0);
        var room = type.getJsonArray("rooms").getJsonObject(0);
        var typeId = type.getInteger("id_room_type");
        var from = LocalDate.parse(type.getString("checkin_date").substring(0, 10));
        var to = LocalDate.parse(type.getString("checkout_date").substring(0, 10));
        var current = orderId < 0 ? null : orders.get(orderId).line;
        Integer chosen;
        if (current != null && current.roomType() == typeId && current.from().equals(from) && current.to().equals(to)) {
            chosen = current.room();
        } else if (room.getInteger("id_room") != null) {
            chosen = isFree(room.getInteger("id_room"), from, to, orderId) ? room.getInteger("id_room") : null;
        } else {
            // Unpinned: the old line still holds its nights while the new room is chosen.
            chosen = QloAppsData.roomsOf(typeId).stream().filter(r -> isFree(r, from, to, -1)).findFirst()
                    .orElse(null);
        }
        var services = room.getJsonArray("services", new JsonArray()).stream()
                .map(s -> ((JsonObject) s).getInteger("id_service")).toList();
        return chosen == null ? null : new Line(typeId, from, to, chosen, room.getInteger("adults"),
                room.getInteger("child", 0), services);
    }

    private boolean isFree(int room, LocalDate from, LocalDate to, long exceptOrder) {
        return orders.values().stream().filter(o -> o.state != 4 && o.id != exceptOrder)
                .noneMatch(o -> o.line.room() == room && o.line.from().isBefore(to) && from.isBefore(o.line.to()));
    }

    JsonObject booking(Order order) {
        var line = order.line;
        var nights = ChronoUnit.DAYS.between(line.from(), line.to());
        var roomPrice = QloAppsData.plain(QloAppsData.price(line.roomType()).multiply(BigDecimal.valueOf(nights)));
        var services = new JsonArray();
        var total = roomPrice;
        for (var id : line.services()) {
            var price = QloAppsData.servicePrice(id, nights);
            total = total.add(price);
            services.add(new JsonObject().put("id_service", id).put("name", "Room Maintenance Fees").put("quantity", 1)
                    .put("unit_price_without_tax", price).put("total_price_without_tax", price)
                    .put("total_tax", tax(price)).put("per_night", 1).put("price_mode", 2));
        }
        var room = new JsonObject().put("id_room", line.room()).put("id_hotel_booking", order.lineId)
                .put("adults", line.adults()).put("child", line.children()).put("unit_price_without_tax", roomPrice)
                .put("total_tax", tax(roomPrice)).put("services", services);
        var type = new JsonObject().put("id_room_type", line.roomType())
                .put("checkin_date", line.from() + " 00:00:00").put("checkout_date", line.to() + " 00:00:00")
                .put("total_tax", tax(roomPrice)).put("number_of_rooms", 1)
                .put("name", QloAppsData.name(line.roomType()))
                .put("rooms", new JsonArray().add(room));
        var result = new JsonObject().put("id", order.id).put("id_property", 1).put("currency", "USD")
                .put("source", "pms-adapter-service").put("booking_date", "2026-11-25 23:12:29").put("id_language", 1)
                .put("associations", new JsonObject().put("customer_detail", order.customer)
                        .put("price_details", new JsonObject().put("total_paid", 0)
                                .put("total_price_without_tax", total).put("total_tax", tax(total)))
                        .put("cart_rules", new JsonArray()).put("remarks", new JsonArray(List.copyOf(order.remarks)))
                        .put("room_types", new JsonArray().add(type)));
        return result;
    }

    JsonObject orderJson(Order order) {
        return new JsonObject().put("id", order.id).put("current_state", order.state).put("module", "wsorder")
                .put("total_paid", "0.000000").put("reference", "FAKE" + order.id);
    }

    private static BigDecimal withTax(BigDecimal amount) {
        return QloAppsData.plain(amount.add(tax(amount)));
    }

    private static BigDecimal tax(BigDecimal amount) {
        return QloAppsData.plain(amount.multiply(TAX));
    }
}
