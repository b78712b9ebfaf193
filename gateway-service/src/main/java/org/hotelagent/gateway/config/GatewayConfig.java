package org.hotelagent.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Gateway settings: channel credentials, the numbers and web-chat sites that identify each hotel. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    WhatsApp whatsapp();

    WebChat webchat();

    Email email();

    /** How long a channel message id is remembered to drop redeliveries (channels retry for days). */
    @WithDefault("P8D")
    Duration dedupeWindow();

    /**
     * Webhooks being published at once, beyond which the gateway answers 503 at once (Meta retries) rather than queue
     * requests until the heap runs out: an overload then costs retries, not the process.
     */
    @WithDefault("1024")
    int webhooksInFlight();

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

    /** The email channel, over IMAP (IDLE and polled) and SMTP or over the Gmail API: one mailbox per hotel. */
    interface Email {

        /** The hotels that read and answer email, by hotel id; none: no email channel. */
        Map<String, Mailbox> mailboxes();

        /** How often every IMAP mailbox is searched for unseen mail (read by the scheduler); IDLE comes first. */
        @WithDefault("30s")
        String pollEvery();

        /** Wait for new mail with IMAP IDLE where the server supports it (the poll stays as the safety net). */
        @WithDefault("true")
        boolean idle();

        /**
         * Longest silence on an IDLE connection: its read timeout, after which it is reopened (with a catch-up).
         * Servers drop idle clients after 30 minutes, and a half-open connection is noticed no later than this.
         */
        @WithDefault("PT9M")
        Duration idleRenew();

        /** First pause before reconnecting a failed IDLE connection; doubles up to 5 minutes. */
        @WithDefault("PT1S")
        Duration idleBackoff();

        GmailSync gmail();

        /** Unseen mails handled per mailbox and poll; the rest wait for the next poll. */
        @WithDefault("50")
        int fetchBatch();

        /** Audio attachments up to this size travel inline in the event, like voice notes; bigger by reference. */
        @WithDefault("2097152")
        long inlineMaxBytes();

        /** Loop protection: replies sent to one address per hour at most; more are reported failed. */
        @WithDefault("10")
        int repliesPerSenderPerHour();

        /** SMTP attempts for one reply (first try included) on transient failures. */
        @WithDefault("4")
        int sendAttempts();

        /** First pause between SMTP attempts; doubles each time. */
        @WithDefault("PT1S")
        Duration sendBackoff();

        /** Connect and read timeout of IMAP and SMTP sockets. */
        @WithDefault("PT20S")
        Duration timeout();

        /** One hotel's mailbox. */
        interface Mailbox {

            /** The hotel's address: replies come from it, and mail from it is never answered. */
            String address();

            /** The name shown beside the address on replies. */
            Optional<String> displayName();

            /** IMAP and SMTP, unless the mailbox is read and answered through the Gmail API. */
            Optional<Server> imap();

            Optional<Server> smtp();

            /** The Gmail API instead of IMAP and SMTP. */
            Optional<GmailAccount> gmail();
        }

        /** A Google mailbox reached through the Gmail API with an OAuth client's refresh token. */
        interface GmailAccount {

            /** The Gmail user id: {@code me} (the refresh token's user) or the address. */
            @WithDefault("me")
            String user();

            String clientId();

            String clientSecret();

            /** Granted with the gmail.modify scope (read, send, watch); see the README for how to obtain it. */
            String refreshToken();

            @WithDefault("https://gmail.googleapis.com")
            URI apiUrl();

            @WithDefault("https://oauth2.googleapis.com/token")
            URI tokenUrl();

            /** The Pub/Sub topic pushes go to ({@code projects/<project>/topics/<topic>}); unset: no watch. */
            Optional<String> topic();
        }

        /** Settings shared by every Gmail mailbox: the push endpoint and the safety poll. */
        interface GmailSync {

            /**
             * The shared secret the Pub/Sub push subscription sends in the endpoint's {@code token} query parameter;
             * unset: pushes are refused and only the safety poll syncs.
             */
            Optional<String> pushToken();

            /** How often every Gmail mailbox is synced without a push: pushes can be delayed, merged or lost. */
            @WithDefault("5m")
            String syncEvery();

            /** How often users.watch is renewed (a watch expires after 7 days; Google recommends daily). */
            @WithDefault("24h")
            String watchEvery();

            /** A full resync (no history id yet, or too old) reads the INBOX mails of this period. */
            @WithDefault("P7D")
            Duration fullSyncWindow();

            /** The most INBOX mails a full resync reads (the newest). */
            @WithDefault("100")
            int fullSyncMax();
        }

        /** An IMAP or SMTP server of a mailbox. */
        interface Server {

            String host();

            int port();

            /** Implicit TLS (imaps on 993, smtps on 465). */
            @WithDefault("true")
            boolean tls();

            /** STARTTLS on a plain port (SMTP submission on 587); required when set. */
            @WithDefault("false")
            boolean starttls();

            /** Login; unset: the mailbox address. */
            Optional<String> user();

            /** Password or app password; unset: no authentication (SMTP relays that trust the network). */
            Optional<String> password();
        }
    }
}
