package org.hotelagent.gateway.consumer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import org.hotelagent.gateway.client.ImapClient;
import org.hotelagent.gateway.config.GatewayConfig;

/**
 * Waits for new mail with IMAP IDLE (RFC 2177), one connection and one virtual thread per IMAP mailbox whose server
 * supports it, so a guest's mail is published within moments instead of at the next poll. Every (re)connect starts
 * with a catch-up of the unseen mail; a failed connection is reopened with exponential backoff. The scheduled
 * {@link MailboxPoller} stays as the safety net (and the only reader where IDLE is missing or switched off).
 */
@ApplicationScoped
class MailboxWatcher {

    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    private final ImapClient imap;
    private final MailboxPoller poller;
    private final GatewayConfig config;
    private final Map<String, ImapClient.Inbox> open = new ConcurrentHashMap<>();
    private volatile boolean running = true;

    MailboxWatcher(ImapClient imap, MailboxPoller poller, GatewayConfig config) {
        this.imap = imap;
        this.poller = poller;
        this.config = config;
    }

    void start(@Observes StartupEvent started) {
        if (config.email().idle()) {
            config.email().mailboxes().forEach((hotelId, mailbox) -> {
                if (mailbox.imap().isPresent()) {
                    Thread.ofVirtual().name("imap-idle-" + hotelId).start(() -> watch(hotelId, mailbox));
                }
            });
        }
    }

    void stop(@Observes ShutdownEvent stopping) {
        running = false;
        // Closing the connection ends a blocked IDLE at once.
        List.copyOf(open.values()).forEach(ImapClient.Inbox::closeQuietly);
    }

    private void watch(String hotelId, GatewayConfig.Email.Mailbox mailbox) {
        var failures = 0;
        while (running) {
            try (var inbox = imap.openForIdle(mailbox)) {
                if (!inbox.supportsIdle()) {
                    Log.infof("The IMAP server of hotel %s has no IDLE: its mailbox is polled only", hotelId);
                    return;
                }
                open.put(hotelId, inbox);
                while (running) {
                    poller.drain(hotelId, mailbox, inbox);
                    inbox.awaitChange();
                    failures = 0;
                }
            } catch (Exception failure) {
                // Also the normal end of an IDLE silent for gateway.email.idle-renew: reconnect, catch up.
                Log.debugf("IDLE connection of hotel %s ended: %s", hotelId, failure.toString());
                failures++;
            } finally {
                open.remove(hotelId);
            }
            // One failure after a working IDLE reconnects at once; more in a row back off.
            if (failures > 1 && running) {
                Log.warnf("IDLE connection of hotel %s failed %d times in a row; retrying", hotelId, failures);
                pause(backoff(failures - 1));
            }
        }
    }

    private Duration backoff(int failures) {
        var delay = config.email().idleBackoff().multipliedBy(1L << Math.min(failures - 1, 16));
        return delay.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : delay;
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }
}
