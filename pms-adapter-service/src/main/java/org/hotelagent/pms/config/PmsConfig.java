package org.hotelagent.pms.config;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the PMS API, under the {@code pms} prefix. */
@ConfigMapping(prefix = "pms")
public interface PmsConfig {

    /** How long the room types of a hotel stay in the Redis cache (static data: changed by staff, rarely). */
    @WithDefault("5m")
    Duration roomTypesTtl();

    /** How long a quote stays in Redis; our own writes invalidate the hotel's quotes at once. */
    @WithDefault("30s")
    Duration availabilityTtl();

    /** Per hotel id ({@code pms.hotels."<hotelId>".*}): which PMS holds its rooms; absent hotels use the built-in. */
    Map<String, HotelPms> hotels();

    /** Settings shared by every QloApps hotel. */
    QloApps qloapps();

    /** The PMS of one hotel. */
    interface HotelPms {

        /** {@code builtin} or {@code qloapps}. */
        @WithDefault("builtin")
        String provider();

        /** Where the hotel lives in QloApps; required when the provider is {@code qloapps}. */
        Optional<QloAppsSite> qloapps();
    }

    /** One QloApps webservice and the property within it. */
    interface QloAppsSite {

        /** Base URL, without {@code /api}, e.g. {@code http://qloapps.internal}. */
        URI url();

        /** The 32-character webservice key (HTTP Basic user, empty password). */
        String key();

        /** The QloApps {@code id_hotel} (the booking's {@code id_property}). */
        int hotelId();
    }

    /** Settings shared by every QloApps hotel. */
    interface QloApps {

        /**
         * QloApps requires a customer email; a guest who gave none is booked as
         * {@code guest-<16 hex of SHA-256 of the channel address>@<this domain>}.
         */
        @WithDefault("guests.hotel-agent.invalid")
        String placeholderEmailDomain();
    }
}
