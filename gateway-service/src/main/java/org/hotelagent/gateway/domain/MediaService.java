package org.hotelagent.gateway.domain;

import java.util.HexFormat;
import java.util.concurrent.Executor;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.TimeoutException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;

import org.hotelagent.contracts.message.InboundMessageReceived;
import org.hotelagent.contracts.message.MediaRef;
import org.hotelagent.contracts.message.MessageBody;
import org.hotelagent.gateway.client.WhatsAppMediaClient;
import org.hotelagent.gateway.client.WhatsAppMediaClient.MediaFailure;
import org.hotelagent.gateway.config.GatewayConfig;

/**
 * Puts the bytes of inbound audio into the event, within a bounded time: size and SHA-256 checked, retried with
 * backoff. Whatever goes wrong, the message is still published, by reference with an {@code omittedReason}, so a
 * slow or failing media host never costs the guest's message. Images, videos, documents and stickers go by reference.
 */
@ApplicationScoped
public class MediaService {

    private final WhatsAppMediaClient client;
    private final GatewayConfig.WhatsApp.Media settings;
    private final MeterRegistry metrics;

    MediaService(WhatsAppMediaClient client, GatewayConfig config, MeterRegistry metrics) {
        this.client = client;
        this.settings = config.whatsapp().media();
        this.metrics = metrics;
    }

    /** The message's event, with the audio inline when it could be fetched in time. */
    public Uni<InboundMessageReceived> inline(WhatsAppNormalizer.Inbound message) {
        var event = message.event();
        if (!(event.body() instanceof MessageBody.Audio audio) || audio.media() == null || audio.media().id() == null) {
            return Uni.createFrom().item(event);
        }
        return fetch(message.phoneNumberId(), audio.media())
                .emitOn(callersContext())
                .onFailure().recoverWithItem(failure -> omitted(audio.media(), reasonOf(failure)))
                .invoke(ref -> counted(ref, event))
                .map(ref -> withAudio(event, new MessageBody.Audio(ref, audio.voice())));
    }

    private Uni<MediaRef> fetch(String phoneNumberId, MediaRef reported) {
        return client.info(phoneNumberId, reported.id())
                .chain(info -> {
                    if (info.fileSize() != null && info.fileSize() > settings.inlineMaxBytes()) {
                        return Uni.createFrom().item(new MediaRef(reported.id(), mime(info, reported),
                                digest(info, reported), info.fileSize(), null, "too-large"));
                    }
                    return client.download(info.url(), settings.inlineMaxBytes())
                            .map(bytes -> verified(reported, info, bytes));
                })
                .onFailure(MediaService::retryable).retry()
                .withBackOff(settings.backoff(), settings.backoff().multipliedBy(8)).atMost(settings.attempts() - 1L)
                .ifNoItem().after(settings.fetchTimeout()).fail();
    }

    /**
     * The webhook's Vert.x context: the JDK HTTP client completes on its own threads, outside the context that holds
     * the log context (MDC), so the rest of the handling (logging, publishing) goes back to where it started.
     */
    private static Executor callersContext() {
        var context = Vertx.currentContext();
        return context == null ? Runnable::run : command -> context.runOnContext(ignored -> command.run());
    }

    private static MediaRef verified(MediaRef reported, WhatsAppMediaClient.MediaInfo info, byte[] bytes) {
        if (info.fileSize() != null && info.fileSize() != bytes.length) {
            throw new MediaFailure("size-mismatch", true, null);
        }
        var expected = digest(info, reported);
        if (expected != null && !MediaDigest.matches(expected, bytes)) {
            throw new MediaFailure("sha256-mismatch", true, null);
        }
        return new MediaRef(reported.id(), mime(info, reported), HexFormat.of().formatHex(MediaDigest.sha256(bytes)),
                (long) bytes.length, bytes, null);
    }

    private static boolean retryable(Throwable failure) {
        return !(failure instanceof MediaFailure media) || media.retryable();
    }

    private static String reasonOf(Throwable failure) {
        if (failure instanceof TimeoutException) {
            return "download-timed-out";
        }
        if (failure instanceof MediaFailure media) {
            return media.reason().equals("too-large") ? "too-large" : "download-failed: " + media.reason();
        }
        return "download-failed: " + failure.getClass().getSimpleName();
    }

    private static MediaRef omitted(MediaRef reported, String reason) {
        Log.warnf("Media %s goes by reference: %s", reported.id(), reason);
        return new MediaRef(reported.id(), reported.mimeType(), reported.sha256(), reported.sizeBytes(), null, reason);
    }

    private void counted(MediaRef ref, InboundMessageReceived event) {
        var outcome = ref.data() != null ? "inline"
                : ref.omittedReason().startsWith("download-failed") ? "failed" : ref.omittedReason();
        metrics.counter("hotel.gateway.media.fetched", "channel", event.channel().code(), "outcome", outcome)
                .increment();
    }

    private static String mime(WhatsAppMediaClient.MediaInfo info, MediaRef reported) {
        return info.mimeType() != null ? info.mimeType() : reported.mimeType();
    }

    private static String digest(WhatsAppMediaClient.MediaInfo info, MediaRef reported) {
        return info.sha256() != null ? MediaDigest.toHex(info.sha256()) : reported.sha256();
    }

    private static InboundMessageReceived withAudio(InboundMessageReceived e, MessageBody.Audio body) {
        return new InboundMessageReceived(e.eventId(), e.occurredAt(), e.conversationId(), e.hotelId(),
                e.correlationId(), e.channel(), e.channelMessageId(), e.sentAt(), e.guest(), body, e.context(),
                e.locale());
    }
}
