package org.hotelagent.pms.qloapps;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

import org.hotelagent.pms.config.PmsConfig.QloAppsSite;
import org.hotelagent.pms.domain.RoomType;

/** A QloApps hotel's static data: room types with their limits, room numbers, auto-added services. */
@ApplicationScoped
class QloAppsCatalogue {

    /** QloApps writes 0 for "no maximum length of stay". */
    static final int NO_MAX_STAY = 365;

    private final QloAppsClient client;

    QloAppsCatalogue(QloAppsClient client) {
        this.client = client;
    }

    /** Active room types of the hotel: names from {@code room_types}, limits from {@code hotel_room_types}. */
    Uni<List<RoomType>> roomTypes(QloAppsSite site) {
        return Uni.combine().all().unis(client.roomTypeLimits(site), client.roomTypeNames(site))
                .with((limits, names) -> {
                    var byId = names.stream().collect(Collectors.toMap(n -> QloAppsJson.integer(n.getValue("id")),
                            n -> QloAppsJson.i18n(n.getValue("name")), (a, b) -> a));
                    return limits.stream().filter(l -> byId.containsKey(QloAppsJson.integer(l.getValue("id_product"))))
                            .map(l -> roomType(l, byId.get(QloAppsJson.integer(l.getValue("id_product"))))).toList();
                });
    }

    /** Free rooms and prices ({@code hotel_ari}); live data, here so that quoting needs one collaborator. */
    Uni<JsonObject> availability(QloAppsSite site, String ariRequest) {
        return client.ari(site, ariRequest);
    }

    /** Room number ({@code room_num}, e.g. GR-101) by QloApps room id. */
    Uni<Map<Integer, String>> roomNumbers(QloAppsSite site) {
        return client.rooms(site).map(rooms -> rooms.stream().collect(Collectors.toMap(
                room -> QloAppsJson.integer(room.getValue("id")), room -> String.valueOf(room.getValue("room_num")),
                (a, b) -> a)));
    }

    /**
     * The services QloApps adds to every room of the type and includes in its quotes: linked to the room type,
     * {@code auto_add_to_cart=1} and {@code price_addition_type=1} (shown inside the room price).
     */
    Uni<List<Integer>> autoServices(QloAppsSite site, String roomTypeId) {
        return Uni.combine().all().unis(client.roomType(site, Integer.parseInt(roomTypeId)), client.services(site))
                .with((type, services) -> {
                    Set<Integer> linked = type.map(t -> QloAppsJson.objects(QloAppsJson.object(t, "associations")
                                    .getValue("services")).stream().map(s -> QloAppsJson.integer(s.getValue("id")))
                            .collect(Collectors.toSet())).orElse(Set.of());
                    return services.stream().filter(QloAppsCatalogue::includedInRoomPrice)
                            .map(s -> QloAppsJson.integer(s.getValue("id"))).filter(linked::contains).sorted()
                            .toList();
                });
    }

    private static boolean includedInRoomPrice(JsonObject service) {
        return QloAppsJson.integer(service.getValue("auto_add_to_cart")) == 1
                && QloAppsJson.integer(service.getValue("price_addition_type")) == 1;
    }

    /** A QloApps shop with one language writes names as plain strings: that name stands for every language. */
    private static RoomType roomType(JsonObject limits, String name) {
        var maxStay = QloAppsJson.integer(limits.getValue("max_los"));
        return new RoomType(String.valueOf(QloAppsJson.integer(limits.getValue("id_product"))),
                Map.of("es", name, "en", name, "pt", name), "",
                QloAppsJson.integer(limits.getValue("adults")), QloAppsJson.integer(limits.getValue("max_adults")),
                QloAppsJson.integer(limits.getValue("max_children")),
                QloAppsJson.integer(limits.getValue("max_guests")),
                Math.max(1, QloAppsJson.integer(limits.getValue("min_los"))), maxStay <= 0 ? NO_MAX_STAY : maxStay);
    }
}
