package org.hotelagent.pms.qloapps;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

import org.hotelagent.pms.config.PmsConfig.QloAppsSite;
import org.hotelagent.pms.domain.Booking;

/**
 * Reads a QloApps booking as ours: {@code bookings/{id}} for its content, {@code orders/{id}} for its status
 * ({@code current_state}; the booking has none) and the hotel's rooms for the room number, in parallel.
 */
@ApplicationScoped
class QloAppsReader {

    /** The booking as QloApps sent it (the base of a full-state PUT) and as ours. */
    record Loaded(JsonObject json, Booking booking) {
    }

    private final QloAppsClient client;
    private final QloAppsCatalogue catalogue;
    private final QloAppsSites sites;

    QloAppsReader(QloAppsClient client, QloAppsCatalogue catalogue, QloAppsSites sites) {
        this.client = client;
        this.catalogue = catalogue;
        this.sites = sites;
    }

    /** Empty when QloApps has no such order, or it belongs to another property of the site. */
    Uni<Optional<Loaded>> load(QloAppsSite site, QloAppsReference reference) {
        return Uni.combine().all().unis(client.booking(site, reference.orderId()),
                        client.order(site, reference.orderId()), catalogue.roomNumbers(site))
                .with((booking, order, rooms) -> booking
                        .filter(json -> QloAppsJson.integer(json.getValue("id_property")) == site.hotelId())
                        .map(json -> new Loaded(json, QloAppsBookings.booking(reference, json, cancelled(order),
                                rooms, sites.identity()))));
    }

    /** A booking QloApps just answered with (POST or PUT); it is not cancelled. */
    Uni<Booking> read(QloAppsSite site, QloAppsReference reference, JsonObject json) {
        return catalogue.roomNumbers(site)
                .map(rooms -> QloAppsBookings.booking(reference, json, false, rooms, sites.identity()));
    }

    private static boolean cancelled(Optional<JsonObject> order) {
        return order.map(o -> QloAppsBookings.CANCELLED_STATES.contains(QloAppsJson.integer(o.getValue(
                "current_state")))).orElse(false);
    }
}
