package org.hotelagent.gateway.domain;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import org.hotelagent.contracts.Channel;
import org.hotelagent.contracts.dialogue.ReplyComposed;
import org.hotelagent.contracts.message.DeliveryError;
import org.hotelagent.gateway.client.GraphApiFailure;
import org.hotelagent.gateway.client.OutboundMessage;
import org.hotelagent.gateway.client.WhatsAppClient;
import org.hotelagent.gateway.config.GatewayConfig;
import org.hotelagent.gateway.persistence.ChannelMessageRepository;
import org.hotelagent.gateway.persistence.DeliveryStateRepository;
import org.hotelagent.gateway.persistence.DeliveryStateRepository.OutboundRef;
import org.hotelagent.gateway.persistence.ServiceWindowRepository;

/**
 * Sends each composed reply at most once, from the number the guest wrote to: inside the guest's 24 h window as
 * composed (marking the guest's message read with a typing indicator first), outside it as the configured template.
 * Meta's refusals are reported on {@code deliveries-reported}; only a broken token or exhausted throttling retries
 * fail the record (it goes to the dead-letter topic, where it can be replayed).
 */
@ApplicationScoped
public class ReplyService {

    private static final String KIND = "reply";

    private final ChannelMessageRepository messages;
    private final DeliveryStateRepository deliveryStates;
    private final ServiceWindowRepository windows;
    private final WhatsAppClient whatsApp;
    private final DeliveryService deliveries;
    private final HotelDirectory hotels;
    private final GatewayConfig config;
    private final MeterRegistry metrics;

    ReplyService(ChannelMessageRepository messages, DeliveryStateRepository deliveryStates,
                 ServiceWindowRepository windows, WhatsAppClient whatsApp, DeliveryService deliveries,
                 HotelDirectory hotels, GatewayConfig config, MeterRegistry metrics) {
        this.messages = messages;
        this.deliveryStates = deliveryStates;
        this.windows = windows;
        this.whatsApp = whatsApp;
        this.deliveries = deliveries;
        this.hotels = hotels;
        this.config = config;
        this.metrics = metrics;
    }

    /** Completes when the reply was sent, refused and reported, or had been handled before. */
    public Uni<Void> send(ReplyComposed reply) {
        if (reply.channel() != Channel.WHATSAPP) {
            Log.warnf("Reply %s is for channel %s, which this gateway does not serve yet", reply.eventId(),
                    reply.channel().code());
            return Uni.createFrom().voidItem();
        }
        var id = reply.eventId().toString();
        return messages.claim(KIND, id).chain(claimed -> {
            if (!claimed) {
                Log.debugf("Reply %s was already sent (or is being sent); skipped", id);
                return Uni.createFrom().voidItem();
            }
            return deliver(reply)
                    .onFailure().call(() -> messages.release(KIND, id))
                    .call(() -> messages.markDone(KIND, id, config.dedupeWindow())
                            .onFailure().invoke(e -> Log.errorf(e, "Reply %s sent but not marked done", id))
                            .onFailure().recoverWithNull());
        });
    }

    private Uni<Void> deliver(ReplyComposed reply) {
        var guest = reply.recipient().key();
        return numberFor(reply).chain(number -> windows.isOpen(number, guest).chain(open -> open
                ? sendComposed(reply, number)
                : sendTemplate(reply, number, "closed-window")));
    }

    private Uni<Void> sendComposed(ReplyComposed reply, String number) {
        var composed = WhatsAppReplies.compose(reply, reply.recipient().key());
        return markRead(reply, number)
                .chain(() -> sendVoice(reply, number))
                .chain(() -> whatsApp.send(number, composed.message()))
                .call(wamid -> sent(reply, wamid, composed.format()))
                .replaceWithVoid()
                .onFailure(GraphApiFailure.class).recoverWithUni(failure -> failure
                        instanceof GraphApiFailure.WindowClosed ? windowClosedByMeta(reply, number)
                        : refused(reply, (GraphApiFailure) failure));
    }

    /** 131047 although our clock said the window was open: believe Meta, and send the template. */
    private Uni<Void> windowClosedByMeta(ReplyComposed reply, String number) {
        return windows.close(number, reply.recipient().key()).chain(() -> sendTemplate(reply, number, "131047"));
    }

    /**
     * A spoken version goes first, as a voice note (Ogg/Opus only: WhatsApp plays nothing else as one); the text
     * with its options follows. Best effort: if the voice note cannot go out, the text still does.
     */
    private Uni<Void> sendVoice(ReplyComposed reply, String number) {
        var voice = reply.voice();
        if (voice == null || voice.data() == null || voice.data().length == 0 || voice.mimeType() == null
                || !voice.mimeType().startsWith("audio/ogg")) {
            return Uni.createFrom().voidItem();
        }
        return whatsApp.uploadVoice(number, voice.data())
                .chain(mediaId -> whatsApp.send(number, OutboundMessage.voice(reply.recipient().key(), mediaId,
                        reply.replyToChannelMessageId(), reply.eventId().toString())))
                .call(wamid -> sent(reply, wamid, "voice"))
                .replaceWithVoid()
                .onFailure(failure -> !(failure instanceof GraphApiFailure.Unauthorized))
                .recoverWithUni(failure -> {
                    Log.warnf("Voice note of reply %s not sent (%s); sending the text only", reply.eventId(),
                            failure.getMessage());
                    return Uni.createFrom().voidItem();
                });
    }

    private Uni<Void> sendTemplate(ReplyComposed reply, String number, String why) {
        var template = config.whatsapp().windowTemplate();
        if (template.name().isEmpty()) {
            counted("window-closed", "none");
            return deliveries.reportRefused(reply, new DeliveryError("131047", "Re-engagement message",
                    "The guest's 24 h window is closed (" + why + ") and gateway.whatsapp.window-template is not set"));
        }
        var message = OutboundMessage.template(reply.recipient().key(), template.name().get(), template.language(),
                reply.eventId().toString());
        Log.infof("Reply %s goes out as template %s: the guest's window is closed (%s)", reply.eventId(),
                template.name().get(), why);
        return whatsApp.send(number, message).call(wamid -> sent(reply, wamid, "template")).replaceWithVoid()
                .onFailure(GraphApiFailure.class).recoverWithUni(failure -> refused(reply, (GraphApiFailure) failure));
    }

    /** Meta will not take this message: report it; fail only when retrying later can help. */
    private Uni<Void> refused(ReplyComposed reply, GraphApiFailure failure) {
        var error = new DeliveryError(failure.code(), failure.title(), failure.details());
        return switch (failure) {
            case GraphApiFailure.Unauthorized unauthorized -> {
                Log.errorf("ALERT whatsapp-token-rejected: the Graph API refused the access token (%s); replies stop "
                        + "until WHATSAPP_ACCESS_TOKEN is replaced. Reply %s goes to the dead-letter topic.",
                        unauthorized.getMessage(), reply.eventId());
                counted("auth-failed", "none");
                yield deliveries.reportRefused(reply, error).chain(() -> Uni.createFrom().failure(failure));
            }
            case GraphApiFailure.Throttled throttled -> {
                Log.warnf("Reply %s still throttled after backoff (%s); it goes to the dead-letter topic",
                        reply.eventId(), throttled.code());
                counted("throttled", "none");
                yield Uni.createFrom().failure(failure);
            }
            case GraphApiFailure.Transient ignored -> {
                counted("unavailable", "none");
                yield Uni.createFrom().failure(failure);
            }
            default -> {
                Log.warnf("Reply %s refused by the Cloud API: %s", reply.eventId(), failure.getMessage());
                counted("refused", "none");
                yield deliveries.reportRefused(reply, error);
            }
        };
    }

    /** Shows the guest we are on it; never delays or fails the reply. */
    private Uni<Void> markRead(ReplyComposed reply, String number) {
        if (reply.replyToChannelMessageId() == null) {
            return Uni.createFrom().voidItem();
        }
        return whatsApp.markReadAndTyping(number, reply.replyToChannelMessageId())
                .onFailure().invoke(e -> Log.debugf("Mark-as-read of %s failed: %s", reply.replyToChannelMessageId(),
                        e.getMessage()))
                .onFailure().recoverWithNull();
    }

    private Uni<Void> sent(ReplyComposed reply, String wamid, String format) {
        counted(format.equals("template") ? "template" : "sent", format);
        Log.debugf("Reply %s sent as %s (%s)", reply.eventId(), wamid, format);
        if (wamid == null) {
            return Uni.createFrom().voidItem();
        }
        return deliveryStates.rememberOutbound(wamid, new OutboundRef(reply.eventId(), reply.conversationId(),
                        reply.correlationId()), config.dedupeWindow())
                .onFailure().invoke(e -> Log.warnf("Could not remember wamid %s of reply %s", wamid, reply.eventId()))
                .onFailure().recoverWithNull();
    }

    private void counted(String outcome, String format) {
        metrics.counter("hotel.gateway.replies.sent", "channel", "whatsapp", "outcome", outcome, "format", format)
                .increment();
    }

    private Uni<String> numberFor(ReplyComposed reply) {
        return messages.numberOf(reply.conversationId()).map(known -> known != null ? known
                : hotels.defaultNumberOf(reply.hotelId()).orElseThrow(() -> new IllegalStateException(
                        "No WhatsApp number configured for hotel " + reply.hotelId())));
    }
}
