package org.hotelagent.gateway.domain.email;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import org.hotelagent.contracts.dialogue.ReplyComposed;
import org.hotelagent.contracts.message.DeliveryError;
import org.hotelagent.gateway.config.GatewayConfig;
import org.hotelagent.gateway.domain.DeliveryService;
import org.hotelagent.gateway.persistence.ChannelMessageRepository;
import org.hotelagent.gateway.persistence.EmailThreadRepository;

/**
 * Sends each email reply at most once (claimed by its event id, like the other channels), threaded under the guest's
 * mail, by SMTP or the Gmail API. A refused send (SMTP 5xx, a Gmail 4xx, bad address) or a reply over the per-address
 * hourly cap is reported failed on {@code deliveries-reported}; a send still failing after the retries fails the
 * record (dead-letter topic).
 */
@ApplicationScoped
public class EmailReplyService {

    private static final String KIND = "em:reply";

    private final ChannelMessageRepository messages;
    private final EmailThreadRepository threads;
    private final MailDelivery delivery;
    private final DeliveryService deliveries;
    private final GatewayConfig config;
    private final MeterRegistry metrics;

    EmailReplyService(ChannelMessageRepository messages, EmailThreadRepository threads, MailDelivery delivery,
                      DeliveryService deliveries, GatewayConfig config, MeterRegistry metrics) {
        this.messages = messages;
        this.threads = threads;
        this.delivery = delivery;
        this.deliveries = deliveries;
        this.config = config;
        this.metrics = metrics;
    }

    /** Completes when the reply was sent, refused and reported, or had been handled before. */
    public Uni<Void> send(ReplyComposed reply) {
        var mailbox = config.email().mailboxes().get(reply.hotelId());
        if (mailbox == null || mailbox.smtp().isEmpty() && mailbox.gmail().isEmpty() || reply.recipient() == null
                || reply.recipient().address() == null) {
            Log.warnf("Email reply %s has no mailbox that sends for hotel %s or no recipient address; skipped",
                    reply.eventId(), reply.hotelId());
            counted("no-mailbox", "none");
            return Uni.createFrom().voidItem();
        }
        var id = reply.eventId().toString();
        return messages.claim(KIND, id).chain(claimed -> {
            if (!claimed) {
                Log.debugf("Email reply %s was already sent (or is being sent); skipped", id);
                return Uni.createFrom().voidItem();
            }
            return withinCap(reply, mailbox)
                    .onFailure().call(() -> messages.release(KIND, id))
                    .call(() -> messages.markDone(KIND, id, config.dedupeWindow())
                            .onFailure().invoke(e -> Log.errorf(e, "Email reply %s sent but not marked done", id))
                            .onFailure().recoverWithNull());
        });
    }

    /** Loop protection: past the hourly cap for this address, the reply is reported instead of sent. */
    private Uni<Void> withinCap(ReplyComposed reply, GatewayConfig.Email.Mailbox mailbox) {
        return threads.countReply(reply.hotelId(), reply.recipient().address(), Instant.now()).chain(count -> {
            if (count <= config.email().repliesPerSenderPerHour()) {
                return deliver(reply, mailbox);
            }
            Log.warnf("Email reply %s not sent: %d replies to this guest within the hour (loop protection)",
                    reply.eventId(), count - 1);
            counted("rate-limited", "none");
            return deliveries.reportRefused(reply, new DeliveryError("rate-limited", "Too many replies",
                    "More than gateway.email.replies-per-sender-per-hour replies to this address within an hour"));
        });
    }

    private Uni<Void> deliver(ReplyComposed reply, GatewayConfig.Email.Mailbox mailbox) {
        var parent = reply.replyToChannelMessageId();
        var thread = parent == null ? Uni.createFrom().<EmailThreadRepository.Thread>nullItem()
                : threads.find(reply.hotelId(), parent);
        return thread.chain(known -> delivery.send(reply, mailbox, known))
                .invoke(() -> counted("sent", reply.voice() != null ? "voice" : "text"))
                .onFailure(MailDelivery::isPermanent).recoverWithUni(failure -> refused(reply, mailbox, failure));
    }

    private Uni<Void> refused(ReplyComposed reply, GatewayConfig.Email.Mailbox mailbox, Throwable failure) {
        Log.warnf("Email reply %s refused: %s", reply.eventId(), failure.getMessage());
        counted("refused", "none");
        var error = mailbox.gmail().isPresent()
                ? new DeliveryError("gmail", "The Gmail API refused the reply", failure.getMessage())
                : new DeliveryError("smtp", "SMTP refused the reply", failure.getMessage());
        return deliveries.reportRefused(reply, error);
    }

    private void counted(String outcome, String format) {
        metrics.counter("hotel.gateway.replies.sent", "channel", "email", "outcome", outcome, "format", format)
                .increment();
    }
}
