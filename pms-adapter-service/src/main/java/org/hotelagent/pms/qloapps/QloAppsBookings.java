package org.hotelagent.pms.qloapps;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import org.hotelagent.pms.domain.Booking;
import org.hotelagent.pms.domain.Party;
import org.hotelagent.pms.domain.Stay;

/**
 * The {@code bookings} resource (pure): request bodies for create and the full-state PUT, and a QloApps booking read
 * as ours. We book one room per booking, so a QloApps booking has one room type line with one room.
 */
final class QloAppsBookings {

    static final String SOURCE = "pms-adapter-service";
    /** QloApps order states that mean the rooms are released: 4 Canceled, 5 Refunded (demo install ids). */
    static final Set<Integer> CANCELLED_STATES = Set.of(4, 5);
    private static final int STATUS_CANCELLED = 3;

    private QloAppsBookings() {
    }

    /**
     * One room of a type for a stay. The auto-added services are sent explicitly: QloApps quotes them but drops them
     * from a booking that does not name them. {@code pinnedRoom} (nullable) keeps a physical room.
     */
    static JsonObject roomLine(String roomTypeId, Stay stay, Party party, List<Integer> services, Integer pinnedRoom) {
        var room = new JsonObject().put("adults", party.adults()).put("child", party.children())
                .put("services", new JsonArray(services.stream().map(id -> new JsonObject().put("id_service", id))
                        .toList()));
        if (pinnedRoom != null) {
            room.put("id_room", pinnedRoom);
        }
        return new JsonObject().put("id_room_type", Integer.parseInt(roomTypeId))
                .put("checkin_date", stay.checkIn().toString()).put("checkout_date", stay.checkOut().toString())
                .put("number_of_rooms", 1).put("rooms", new JsonArray().add(room));
    }

    /** A new booking, awaiting payment at the hotel. */
    static JsonObject create(int hotelId, String currency, JsonObject customer, String remark, JsonObject line) {
        return new JsonObject().put("id_property", hotelId).put("currency", currency).put("booking_status", 1)
                .put("payment_status", 3).put("source", SOURCE).put("remark", remark)
                .put("associations", new JsonObject().put("customer_detail", customer)
                        .put("payment_detail", new JsonObject().put("payment_type", "pay at hotel")
                                .put("payment_method", "Pay at hotel"))
                        .put("room_types", new JsonArray().add(line)));
    }

    /** The full desired state for a PUT: lines not listed are removed, {@code cancel} releases every room. */
    static JsonObject update(long orderId, JsonObject current, JsonObject customer, String remark, JsonObject line,
                             boolean cancel) {
        var body = new JsonObject().put("id", orderId).put("id_property", QloAppsJson.integer(
                        current.getValue("id_property"))).put("currency", current.getString("currency"))
                .put("remark", remark)
                .put("associations", new JsonObject().put("customer_detail", customer)
                        .put("room_types", new JsonArray().add(line)));
        return cancel ? body.put("booking_status", STATUS_CANCELLED) : body;
    }

    /** The booking's room line as it is, in request form, keeping its room and services. */
    static JsonObject currentLine(JsonObject booking) {
        var room = room(booking);
        var services = QloAppsJson.objects(room.getValue("services")).stream()
                .map(service -> QloAppsJson.integer(service.getValue("id_service"))).toList();
        return roomLine(roomTypeId(booking), stay(booking), party(booking), services, roomId(booking));
    }

    /** The customer of the booking, as a PUT must name it (the email must stay that of an existing customer). */
    static JsonObject customer(JsonObject booking) {
        var customer = QloAppsJson.object(QloAppsJson.object(booking, "associations"), "customer_detail");
        return new JsonObject().put("firstname", customer.getString("firstname"))
                .put("lastname", customer.getString("lastname")).put("email", customer.getString("email"))
                .put("phone", QloAppsJson.text(customer.getValue("phone")));
    }

    static Booking booking(QloAppsReference reference, JsonObject booking, boolean cancelled,
                           Map<Integer, String> roomNumbers, GuestIdentity identity) {
        var associations = QloAppsJson.object(booking, "associations");
        var prices = QloAppsJson.object(associations, "price_details");
        var taxes = QloAppsJson.decimal(prices.getValue("total_tax"));
        var total = QloAppsJson.decimal(prices.getValue("total_price_without_tax")).add(taxes);
        var remarks = associations.getValue("remarks") instanceof JsonArray list
                ? list.stream().map(String::valueOf).toList() : List.<String>of();
        var stay = stay(booking);
        return new Booking(reference.toString(), reference.hotelId(),
                cancelled ? Booking.Status.CANCELLED : Booking.Status.CONFIRMED, roomTypeId(booking),
                roomNumbers.getOrDefault(roomId(booking), String.valueOf(roomId(booking))), stay, party(booking),
                QloAppsAri.spread(cents(total), stay), cents(total), cents(taxes),
                booking.getString("currency"),
                identity.guest(QloAppsJson.object(associations, "customer_detail"), remarks), null);
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    static Integer roomId(JsonObject booking) {
        return QloAppsJson.integer(room(booking).getValue("id_room"));
    }

    static String roomTypeId(JsonObject booking) {
        return String.valueOf(QloAppsJson.integer(line(booking).getValue("id_room_type")));
    }

    private static Stay stay(JsonObject booking) {
        var line = line(booking);
        return new Stay(QloAppsJson.date(line.getValue("checkin_date")),
                QloAppsJson.date(line.getValue("checkout_date")));
    }

    private static Party party(JsonObject booking) {
        var room = room(booking);
        return new Party(QloAppsJson.integer(room.getValue("adults")), QloAppsJson.integer(room.getValue("child")));
    }

    private static JsonObject line(JsonObject booking) {
        return QloAppsJson.objects(QloAppsJson.object(booking, "associations").getValue("room_types")).stream()
                .findFirst().orElseThrow(() -> new QloAppsFailure("QloApps booking " + booking.getValue("id")
                        + " has no room"));
    }

    private static JsonObject room(JsonObject booking) {
        return QloAppsJson.objects(line(booking).getValue("rooms")).stream().findFirst()
                .orElseThrow(() -> new QloAppsFailure("QloApps booking " + booking.getValue("id") + " has no room"));
    }
}
