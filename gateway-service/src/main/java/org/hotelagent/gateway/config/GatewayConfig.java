package org.hotelagent.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Gateway settings: channel credentials, the numbers and web-chat sites that identify each hotel. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    WhatsApp whatsapp();

    WebChat webchat();

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

        /**
         * How long after a guest's message free-form replies are allowed: Meta's 24 h customer-service window, less
         * a safety margin for clock skew and queueing. Outside it only a template may be sent.
         */
        @WithDefault("PT23H50M")
        Duration serviceWindow();

        /** The approved template sent instead of a reply when the guest's window is closed. */
        Template windowTemplate();

        Media media();

        /** An approved message template, by name and exact language code ({@code es} is not {@code es_ES}). */
        interface Template {

            /** Unset: no template, replies outside the window are reported failed instead. */
            Optional<String> name();

            @WithDefault("es")
            String language();
        }

        /** Fetching the media of inbound voice notes before the webhook is acknowledged. */
        interface Media {

            /** Voice notes up to this size travel inline in the event; bigger ones by reference. */
            @WithDefault("2097152")
            long inlineMaxBytes();

            /** Budget for metadata, download and retries of one medium; past it the event goes by reference. */
            @WithDefault("PT8S")
            Duration fetchTimeout();

            /** Attempts for one medium (first try included). */
            @WithDefault("3")
            int attempts();

            /** First pause between attempts; doubles each time. */
            @WithDefault("PT0.2S")
            Duration backoff();

            @WithDefault("hotel-agent-gateway/1.0")
            String userAgent();
        }
    }

    /** The guest web chat: one site (page and WebSocket) per hotel. */
    interface WebChat {

        /**
         * The hotels that have a web chat, as {@code hotelId:Name shown on the page}; unset: no web chat. A comma
         * inside a name is escaped with a backslash.
         */
        Optional<List<String>> hotels();

        /** Longest text a guest may send in one message, in characters. */
        @WithDefault("4096")
        int maxTextLength();

        /** Largest voice message accepted, in bytes (before base64). */
        @WithDefault("1048576")
        int maxVoiceBytes();

        /** Longest voice message accepted, as the browser reports it. */
        @WithDefault("PT60S")
        Duration maxVoiceDuration();

        /** How long a web-chat reply is kept for a browser that has not fetched it; older ones are deleted hourly. */
        @WithDefault("P30D")
        Duration replyRetention();

        /** Replies sent per database read when a guest (re)connects; more are read in further batches. */
        @WithDefault("100")
        int replayBatch();
    }
}
