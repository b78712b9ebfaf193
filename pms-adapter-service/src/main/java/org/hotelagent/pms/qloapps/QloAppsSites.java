package org.hotelagent.pms.qloapps;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;

import org.hotelagent.pms.config.PmsConfig;
import org.hotelagent.pms.config.PmsConfig.QloAppsSite;

/** Which QloApps site holds a hotel ({@code pms.hotels."<hotelId>".qloapps.*}) and how guests map to customers. */
@ApplicationScoped
class QloAppsSites {

    private final PmsConfig config;
    private final GuestIdentity identity;

    QloAppsSites(PmsConfig config) {
        this.config = config;
        this.identity = new GuestIdentity(config.qloapps().placeholderEmailDomain());
    }

    /** Fails the start when a hotel names an unknown provider or lacks its QloApps settings. */
    void validate(@Observes StartupEvent started) {
        config.hotels().forEach((hotelId, hotel) -> {
            if (!QloAppsPms.NAME.equals(hotel.provider()) && !"builtin".equals(hotel.provider())) {
                throw new IllegalStateException("pms.hotels.\"" + hotelId + "\".provider must be builtin or qloapps,"
                        + " not " + hotel.provider());
            }
            of(hotelId);
        });
    }

    /** The site of a hotel routed to QloApps; empty for any other hotel. */
    Optional<QloAppsSite> of(String hotelId) {
        var hotel = config.hotels().get(hotelId);
        if (hotel == null || !QloAppsPms.NAME.equals(hotel.provider())) {
            return Optional.empty();
        }
        return Optional.of(hotel.qloapps().orElseThrow(() -> new IllegalStateException("Hotel " + hotelId
                + " uses QloApps but pms.hotels.\"" + hotelId + "\".qloapps.url, key and hotel-id are not set")));
    }

    QloAppsSite require(String hotelId) {
        return of(hotelId).orElseThrow(() -> new IllegalStateException("Hotel " + hotelId + " is not a QloApps hotel"));
    }

    GuestIdentity identity() {
        return identity;
    }
}
