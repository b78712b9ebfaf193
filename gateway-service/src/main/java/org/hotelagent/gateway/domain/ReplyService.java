package org.hotelagent.gateway.domain;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import org.hotelagent.contracts.Channel;
import org.hotelagent.contracts.dialogue.ReplyComposed;
import org.hotelagent.gateway.client.OutboundMessage;
import org.hotelagent.gateway.client.WhatsAppClient;
import org.hotelagent.gateway.config.GatewayConfig;
import org.hotelagent.gateway.persistence.ChannelMessageRepository;

/** Sends each composed reply at most once, from the number the guest wrote to. */
@ApplicationScoped
public class ReplyService {

    private static final String KIND = "reply";

    private final ChannelMessageRepository messages;
    private final WhatsAppClient whatsApp;
    private final HotelDirectory hotels;
    private final GatewayConfig config;

    ReplyService(ChannelMessageRepository messages, WhatsAppClient whatsApp, HotelDirectory hotels,
                 GatewayConfig config) {
        this.messages = messages;
        this.whatsApp = whatsApp;
        this.hotels = hotels;
        this.config = config;
    }

    /** Completes when the reply was sent (or had been); fails when the channel refused it. */
    public Uni<Void> send(ReplyComposed reply) {
        if (reply.channel() != Channel.WHATSAPP) {
            Log.warnf("Reply %s is for channel %s, which this gateway does not serve yet", reply.eventId(),
                    reply.channel().code());
            return Uni.createFrom().voidItem();
        }
        var id = reply.eventId().toString();
        return messages.claim(KIND, id).chain(claimed -> claimed ? sendWhatsApp(reply)
                .call(() -> messages.markDone(KIND, id, config.dedupeWindow()))
                .onFailure().call(() -> messages.release(KIND, id)) : Uni.createFrom().voidItem());
    }

    private Uni<Void> sendWhatsApp(ReplyComposed reply) {
        var to = reply.recipient().key();
        var message = OutboundMessage.text(to, reply.text(), reply.replyToChannelMessageId(),
                reply.eventId().toString());
        return numberFor(reply).chain(number -> whatsApp.send(number, message))
                .invoke(wamid -> Log.debugf("Reply %s sent as %s", reply.eventId(), wamid))
                .replaceWithVoid();
    }

    private Uni<String> numberFor(ReplyComposed reply) {
        return messages.numberOf(reply.conversationId()).map(known -> known != null ? known
                : hotels.defaultNumberOf(reply.hotelId()).orElseThrow(() -> new IllegalStateException(
                        "No WhatsApp number configured for hotel " + reply.hotelId())));
    }
}
