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
import org.hotelagent.gateway.domain.email.EmailParser;

/**
 * Polls every hotel mailbox for unseen mail and passes each mail on; a mail is marked seen only once its events are
 * in Kafka (or it needs none), so a crash or a broker outage leaves it unseen for the next poll. A mail too broken to
 * read is logged, counted and marked seen, so it cannot block the ones behind it.
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
        try (var inbox = imap.open(mailbox)) {
            for (var message : inbox.unseen(config.email().fetchBatch())) {
                take(hotelId, mailbox, inbox, message);
            }
        } catch (MessagingException | IOException | RuntimeException failure) {
            Log.warnf("Mailbox of hotel %s not read (%s): %s; next poll retries", hotelId,
                    failure.getClass().getSimpleName(), failure.getMessage());
        }
    }

    private void take(String hotelId, GatewayConfig.Email.Mailbox mailbox, ImapClient.Inbox inbox, Message message)
            throws MessagingException, IOException {
        var raw = inbox.raw(message);
        EmailInboundService.Outcome outcome;
        try {
            var parsed = EmailParser.parse(raw, mailbox.address());
            outcome = inbound.accept(hotelId, parsed).await().atMost(config.email().timeout());
        } catch (MessagingException | IOException | IllegalArgumentException malformed) {
            Log.warnf("Mail %d in the mailbox of hotel %s is malformed and skipped: %s", message.getMessageNumber(),
                    hotelId, malformed.getMessage());
            inbound.skipped("malformed");
            outcome = EmailInboundService.Outcome.IGNORED;
        }
        if (outcome != EmailInboundService.Outcome.BUSY) {
            inbox.markSeen(message);
        }
    }
}
