package org.hotelagent.gateway.consumer;

import java.io.IOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

import org.hotelagent.gateway.client.ImapClient;
import org.hotelagent.gateway.config.GatewayConfig;
import org.hotelagent.gateway.domain.email.EmailInboundService;

/**
 * Polls every IMAP mailbox for unseen mail (the safety net behind IDLE, see {@link MailboxWatcher}) and passes each
 * mail on; a mail is marked seen only once its events are in Kafka (or it needs none), so a crash or a broker outage
 * leaves it unseen for the next poll. A mail too broken to read is logged, counted and marked seen, so it cannot block
 * the ones behind it.
 */
@ApplicationScoped
class MailboxPoller {

    private final ImapClient imap;
    private final EmailInboundService inbound;
    private final GatewayConfig config;

    MailboxPoller(ImapClient imap, EmailInboundService inbound, GatewayConfig config) {
        this.imap = imap;
        this.inbound = inbound;
        this.config = config;
    }

    /**
     * Runs on a worker thread, as IMAP is blocking; a poll still running when the next is due skips that one. Each
     * mail's publish is awaited here on purpose: the {@code \\Seen} flag must follow the broker's ack, over the IMAP
     * connection this thread holds.
     */
    @Scheduled(every = "${gateway.email.poll-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pollMailboxes() {
        config.email().mailboxes().forEach(this::poll);
    }

    private void poll(String hotelId, GatewayConfig.Email.Mailbox mailbox) {
        if (mailbox.imap().isEmpty()) {
            return;
        }
        try (var inbox = imap.open(mailbox)) {
            drain(hotelId, mailbox, inbox);
        } catch (MessagingException | IOException | RuntimeException failure) {
            Log.warnf("Mailbox of hotel %s not read (%s): %s; next poll retries", hotelId,
                    failure.getClass().getSimpleName(), failure.getMessage());
        }
    }

    /** Takes every unseen mail of an open INBOX (a batch at most); also called by the IDLE watcher. */
    void drain(String hotelId, GatewayConfig.Email.Mailbox mailbox, ImapClient.Inbox inbox)
            throws MessagingException, IOException {
        for (var message : inbox.unseen(config.email().fetchBatch())) {
            take(hotelId, mailbox, inbox, message);
        }
    }

    private void take(String hotelId, GatewayConfig.Email.Mailbox mailbox, ImapClient.Inbox inbox, Message message)
            throws MessagingException, IOException {
        var parsed = inbound.read(hotelId, mailbox.address(), inbox.raw(message), "Mail " + message.getMessageNumber());
        var outcome = EmailInboundService.Outcome.IGNORED;
        if (parsed != null) {
            // One scheduled run reads every mail: each mail's log context ends with its handling.
            try (var ignored = EmailInboundService.logContext(hotelId, parsed)) {
                outcome = inbound.accept(hotelId, parsed).await().atMost(config.email().timeout());
            }
        }
        if (outcome != EmailInboundService.Outcome.BUSY) {
            inbox.markSeen(message);
        }
    }
}
