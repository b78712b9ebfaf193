package org.hotelagent.gateway.domain;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import org.hotelagent.contracts.Channel;
import org.hotelagent.contracts.message.InboundMessageReceived;
import org.hotelagent.contracts.message.MediaRef;
import org.hotelagent.contracts.message.MessageBody;
import org.hotelagent.gateway.config.GatewayConfig;
import org.hotelagent.gateway.persistence.ChannelMessageRepository;
import org.hotelagent.gateway.publisher.InboundMessagePublisher;
import org.hotelagent.observability.LogContext;

/**
 * Publishes each web-chat message of a guest once: a frame the browser sends again (after a reconnect, or because
 * the ack was lost) has the same client message id, is acknowledged again and not republished. The ack is the answer
 * to send only after the broker took the event.
 */
@ApplicationScoped
public class WebChatInboundService {

    private static final String KIND = "wc:in";

    private final ChannelMessageRepository messages;
    private final InboundMessagePublisher publisher;
    private final GatewayConfig config;
    private final MeterRegistry metrics;

    WebChatInboundService(ChannelMessageRepository messages, InboundMessagePublisher publisher, GatewayConfig config,
                          MeterRegistry metrics) {
        this.messages = messages;
        this.publisher = publisher;
        this.config = config;
        this.metrics = metrics;
    }

    /** An ack once the event is in Kafka (now or before), else a retryable failure; never fails itself. */
    public Uni<ServerFrame> accept(WebChatGuest guest, GuestFrame frame) {
        var key = guest.hotelId() + ":" + guest.sessionId() + ":" + frame.clientMessageId();
        return messages.claim(KIND, key).chain(claimed -> claimed ? publish(guest, frame, key) : repeated(frame, key))
                .onFailure().recoverWithItem(failure -> {
                    Log.warnf("Web-chat message %s not accepted: %s", frame.clientMessageId(), failure.getMessage());
                    return unavailable(frame);
                });
    }

    private Uni<ServerFrame> publish(WebChatGuest guest, GuestFrame frame, String key) {
        var event = eventOf(guest, frame, Clock.systemUTC().instant());
        LogContext.put(event);
        return publisher.publish(event)
                .call(() -> messages.markDone(KIND, key, config.dedupeWindow()))
                .invoke(() -> metrics.counter("hotel.gateway.messages.received", "channel", Channel.WEBCHAT.code(),
                        "type", InboundService.typeOf(event.body())).increment())
                .onFailure().call(() -> messages.release(KIND, key))
                .replaceWith(new ServerFrame.Ack(frame.clientMessageId(), false));
    }

    private Uni<ServerFrame> repeated(GuestFrame frame, String key) {
        return messages.isDone(KIND, key).map(done -> done
                ? new ServerFrame.Ack(frame.clientMessageId(), true)
                : new ServerFrame.Failure(frame.clientMessageId(), "in-progress",
                        "This message is still being sent; send it again if no ack comes", true));
    }

    private static ServerFrame unavailable(GuestFrame frame) {
        return new ServerFrame.Failure(frame.clientMessageId(), "unavailable",
                "The message could not be passed on right now; send it again", true);
    }

    /** The event of a frame; its id is derived from hotel, session and client message id, so a resend has the same. */
    static InboundMessageReceived eventOf(WebChatGuest guest, GuestFrame frame, Instant now) {
        var eventId = UUID.nameUUIDFromBytes(("webchat:" + guest.hotelId() + ":" + guest.sessionId() + ":"
                + frame.clientMessageId()).getBytes(StandardCharsets.UTF_8));
        return new InboundMessageReceived(eventId, now, guest.conversationId(), guest.hotelId(), eventId.toString(),
                Channel.WEBCHAT, frame.clientMessageId(), now, guest.ref(), bodyOf(frame), null, guest.locale());
    }

    private static MessageBody bodyOf(GuestFrame frame) {
        return switch (frame) {
            case GuestFrame.Text text -> new MessageBody.Text(text.text(), null);
            case GuestFrame.Choice choice -> new MessageBody.Choice(choice.kind(), choice.id(), choice.title(),
                    choice.description());
            case GuestFrame.Voice voice -> new MessageBody.Audio(new MediaRef(voice.clientMessageId(),
                    voice.mimeType(), HexFormat.of().formatHex(MediaDigest.sha256(voice.data())),
                    (long) voice.data().length, voice.data(), null), true);
        };
    }
}
