package org.hotelagent.gateway.domain.email;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

import org.hotelagent.contracts.Channel;
import org.hotelagent.contracts.ConversationKeys;
import org.hotelagent.contracts.GuestRef;
import org.hotelagent.contracts.message.InboundMessageReceived;
import org.hotelagent.contracts.message.MediaRef;
import org.hotelagent.contracts.message.MessageBody;
import org.hotelagent.contracts.message.MessageContext;
import org.hotelagent.gateway.config.GatewayConfig;
import org.hotelagent.gateway.persistence.ChannelMessageRepository;
import org.hotelagent.gateway.persistence.EmailThreadRepository;
import org.hotelagent.gateway.publisher.InboundMessagePublisher;
import org.hotelagent.observability.LogContext;

/**
 * Publishes each guest mail once: its events have ids derived from the hotel and the Message-ID, and the Message-ID
 * is claimed in Redis, so a mail fetched again (after a crash before it was marked seen) is not republished.
 * Automatic mail (auto-replies, bulk, bounces, our own) is counted and dropped.
 */
@ApplicationScoped
public class EmailInboundService {

    private static final String KIND = "em:in";

    /** What became of a mail; all but {@code BUSY} let the caller mark it seen. */
    public enum Outcome { PUBLISHED, DUPLICATE, IGNORED, BUSY }

    private final ChannelMessageRepository messages;
    private final EmailThreadRepository threads;
    private final InboundMessagePublisher publisher;
    private final GatewayConfig config;
    private final MeterRegistry metrics;

    EmailInboundService(ChannelMessageRepository messages, EmailThreadRepository threads,
                        InboundMessagePublisher publisher, GatewayConfig config, MeterRegistry metrics) {
        this.messages = messages;
        this.threads = threads;
        this.publisher = publisher;
        this.config = config;
        this.metrics = metrics;
    }

    /**
     * Reads a raw RFC 5322 mail for {@link #accept}, whatever transport fetched it (IMAP, Gmail API): null when it
     * is too broken to read, which is logged and counted, so the caller treats it as done and it cannot block the
     * mails behind it.
     */
    public ParsedEmail read(String hotelId, String ownAddress, byte[] raw, String which) {
        try {
            return EmailParser.parse(raw, ownAddress);
        } catch (MessagingException | IOException | IllegalArgumentException malformed) {
            Log.warnf("%s in the mailbox of hotel %s is malformed and skipped: %s", which, hotelId,
                    malformed.getMessage());
            skipped("malformed");
            return null;
        }
    }

    /** Completes once the mail's events are in Kafka (acks=all), or it needs none; fails if Kafka or Redis do. */
    public Uni<Outcome> accept(String hotelId, ParsedEmail mail) {
        if (mail.automaticReason() != null) {
            Log.infof("Mail %s to %s is automatic (%s); not answered", mail.messageId(), hotelId,
                    mail.automaticReason());
            skipped(mail.automaticReason());
            return Uni.createFrom().item(Outcome.IGNORED);
        }
        var key = hotelId + ":" + mail.messageId();
        return messages.claim(KIND, key).chain(claimed -> claimed ? publish(hotelId, mail, key)
                : messages.isDone(KIND, key).map(done -> done ? Outcome.DUPLICATE : Outcome.BUSY));
    }

    /** The log context of a mail's handling: the correlation and conversation ids its events get. */
    public static LogContext logContext(String hotelId, ParsedEmail mail) {
        var conversationId = mail.fromAddress() == null ? null
                : ConversationKeys.of(Channel.EMAIL, hotelId, new GuestRef(mail.fromAddress(), null, null));
        return LogContext.scoped(nameId("email:" + hotelId + ":" + mail.messageId()).toString(), conversationId,
                hotelId);
    }

    /** Counts a mail skipped without an event: automatic, or too broken to read. */
    public void skipped(String reason) {
        metrics.counter("hotel.gateway.emails.skipped", "reason", reason).increment();
    }

    private Uni<Outcome> publish(String hotelId, ParsedEmail mail, String key) {
        var events = eventsOf(hotelId, mail, Clock.systemUTC().instant(), config.email().inlineMaxBytes());
        var thread = new EmailThreadRepository.Thread(mail.subject(), mail.references());
        return Multi.createFrom().iterable(events).onItem().transformToUniAndConcatenate(publisher::publish)
                .collect().last()
                .call(() -> threads.remember(hotelId, mail.messageId(), thread, config.dedupeWindow()))
                .call(() -> messages.markDone(KIND, key, config.dedupeWindow()))
                .invoke(() -> events.forEach(e -> metrics.counter("hotel.gateway.messages.received", "channel",
                        Channel.EMAIL.code(), "type", e.body() instanceof MessageBody.Audio ? "audio" : "text")
                        .increment()))
                .onFailure().call(() -> messages.release(KIND, key))
                .replaceWith(Outcome.PUBLISHED);
    }

    /**
     * The events of a mail: its text (with the other attachments listed), then one audio event per audio attachment,
     * inline up to {@code inlineMaxBytes}. Ids are derived from hotel and Message-ID, so a refetch has the same.
     */
    static List<InboundMessageReceived> eventsOf(String hotelId, ParsedEmail mail, Instant now, long inlineMaxBytes) {
        var guest = new GuestRef(mail.fromAddress(), null, mail.fromName());
        var conversationId = ConversationKeys.of(Channel.EMAIL, hotelId, guest);
        var context = mail.inReplyTo() == null ? null : new MessageContext(mail.inReplyTo(), null, null, null);
        var base = "email:" + hotelId + ":" + mail.messageId();
        var correlationId = nameId(base).toString();
        var audio = mail.attachments().stream().filter(ParsedEmail.Attachment::isAudio).toList();
        var bodies = new ArrayList<MessageBody>();
        var text = textOf(mail);
        if (!text.isBlank() || audio.isEmpty()) {
            bodies.add(new MessageBody.Text(text, mail.subject()));
        }
        audio.forEach(a -> bodies.add(new MessageBody.Audio(mediaOf(mail, a, inlineMaxBytes), false)));
        var events = new ArrayList<InboundMessageReceived>();
        for (var i = 0; i < bodies.size(); i++) {
            var eventId = i == 0 ? nameId(base) : nameId(base + ":" + i);
            events.add(new InboundMessageReceived(eventId, now, conversationId, hotelId, correlationId,
                    Channel.EMAIL, mail.messageId(), mail.sentAt(), guest, bodies.get(i), context, null));
        }
        return events;
    }

    private static String textOf(ParsedEmail mail) {
        var others = mail.attachments().stream().filter(a -> !a.isAudio())
                .map(a -> a.filename() + " (" + a.mimeType() + ", " + a.sizeBytes() + " bytes)")
                .collect(Collectors.joining(", "));
        return others.isEmpty() ? mail.text() : (mail.text() + "\n\n[Attachments: " + others + "]").strip();
    }

    private static MediaRef mediaOf(ParsedEmail mail, ParsedEmail.Attachment audio, long inlineMaxBytes) {
        var inline = audio.sizeBytes() <= inlineMaxBytes;
        return new MediaRef(mail.messageId() + "/" + audio.filename(), audio.mimeType(),
                EmailParser.sha256(audio.data()), audio.sizeBytes(), inline ? audio.data() : null,
                inline ? null : "too-large");
    }

    private static UUID nameId(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
