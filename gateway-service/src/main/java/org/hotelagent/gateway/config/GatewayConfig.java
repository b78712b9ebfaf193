package org.hotelagent.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Gateway settings: channel credentials and the numbers that identify each hotel. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    WhatsApp whatsapp();

    /** How long a channel message id is remembered to drop redeliveries (channels retry for days). */
    @WithDefault("P8D")
    Duration dedupeWindow();

    /** WhatsApp Cloud API settings. */
    interface WhatsApp {

        /**
         * App secrets that may sign webhooks. More than one during a rotation: the new secret is added, Meta is
         * switched over, then the old one is removed.
         */
        List<String> appSecrets();

        /** The token Meta echoes in the subscription handshake. */
        String verifyToken();

        /** Graph API base URL, without the version. */
        URI graphUrl();

        @WithDefault("v23.0")
        String apiVersion();

        /** System-user access token used for sends and media downloads. */
        String accessToken();

        /**
         * Business numbers and the hotel each belongs to, as {@code phoneNumberId:hotelId}; the first number of a
         * hotel sends its replies when the receiving number is not known.
         */
        List<String> numbers();
    }
}
