package org.hotelagent.gateway.domain;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

import org.hotelagent.contracts.dialogue.ReplyComposed;
import org.hotelagent.gateway.config.GatewayConfig;
import org.hotelagent.gateway.persistence.WebChatReplyRepository;
import org.hotelagent.gateway.persistence.WebChatReplyRepository.StoredReply;

/**
 * The web-chat sockets open on this instance, by conversation, and what each has been sent. Every socket gets the
 * stored replies after the last one its browser saw, in order, each once: reads for one socket never overlap, and a
 * signal that arrives during a read triggers one more read afterwards.
 */
@ApplicationScoped
public class WebChatSessions {

    private static final String DEFAULT_VOICE_TYPE = "audio/ogg";

    private final Map<String, Set<Socket>> open = new ConcurrentHashMap<>();
    private final WebChatReplyRepository replies;
    private final WebChatFrames frames;
    private final int batch;

    WebChatSessions(WebChatReplyRepository replies, WebChatFrames frames, GatewayConfig config, MeterRegistry metrics) {
        this.replies = replies;
        this.frames = frames;
        this.batch = config.webchat().replayBatch();
        metrics.gauge("hotel.gateway.webchat.connections", open, sockets -> sockets.values().stream()
                .mapToInt(Set::size).sum());
    }

    /** Registers the socket and sends it the replies stored after {@code lastSeenReplyId}. */
    public void open(WebChatGuest guest, WebSocketConnection connection, long lastSeenReplyId) {
        var socket = new Socket(guest, connection, lastSeenReplyId);
        open.computeIfAbsent(guest.conversationId(), key -> ConcurrentHashMap.newKeySet()).add(socket);
        if (!connection.isOpen()) {
            close(guest, connection); // closed while opening: its close callback may have run before this
            return;
        }
        sync(socket);
    }

    public void close(WebChatGuest guest, WebSocketConnection connection) {
        open.computeIfPresent(guest.conversationId(), (key, sockets) -> {
            sockets.removeIf(socket -> socket.connection.id().equals(connection.id()));
            return sockets.isEmpty() ? null : sockets;
        });
    }

    /** A conversation has a new reply: every socket of it on this instance reads what it has not been sent. */
    public void signal(String conversationId) {
        open.getOrDefault(conversationId, Set.of()).forEach(this::sync);
    }

    private void sync(Socket socket) {
        if (!socket.begin()) {
            return;
        }
        replies.after(socket.guest.hotelId(), socket.guest.sessionId(), socket.lastSent(), batch)
                .call(stored -> send(socket, stored))
                .subscribe().with(
                        stored -> {
                            if (socket.end(stored.size() == batch) && socket.connection.isOpen()) {
                                sync(socket);
                            }
                        },
                        failure -> {
                            Log.warnf("Web-chat replies of a session not sent: %s", failure.getMessage());
                            socket.end(false);
                        });
    }

    private Uni<Void> send(Socket socket, List<StoredReply> stored) {
        return Multi.createFrom().iterable(stored)
                .onItem().transformToUniAndConcatenate(reply -> socket.connection.sendText(frames.write(frameOf(reply)))
                        .invoke(() -> socket.sent(reply.id())))
                .collect().last().replaceWithVoid();
    }

    static ServerFrame.Reply frameOf(StoredReply stored) {
        var reply = stored.reply();
        return new ServerFrame.Reply(stored.id(), reply.eventId(), reply.occurredAt(), reply.language(),
                reply.text(), reply.buttons(), reply.list(), voiceOf(reply));
    }

    private static ServerFrame.Voice voiceOf(ReplyComposed reply) {
        var voice = reply.voice();
        if (voice == null || voice.data() == null || voice.data().length == 0) {
            return null;
        }
        var type = voice.mimeType() == null || voice.mimeType().isBlank() ? DEFAULT_VOICE_TYPE
                : voice.mimeType().replace(" ", "");
        return new ServerFrame.Voice(type, voice.durationMillis(),
                "data:" + type + ";base64," + Base64.getEncoder().encodeToString(voice.data()));
    }

    /** One browser connection and the last reply id it was sent. */
    private static final class Socket {

        private final WebChatGuest guest;
        private final WebSocketConnection connection;
        private long lastSent;
        private boolean reading;
        private boolean again;

        Socket(WebChatGuest guest, WebSocketConnection connection, long lastSeen) {
            this.guest = guest;
            this.connection = connection;
            this.lastSent = lastSeen;
        }

        synchronized long lastSent() {
            return lastSent;
        }

        synchronized void sent(long id) {
            lastSent = Math.max(lastSent, id);
        }

        /** True if the caller may read now; false if a read is under way (it will read once more after). */
        synchronized boolean begin() {
            if (reading) {
                again = true;
                return false;
            }
            reading = true;
            return true;
        }

        /** True if another read is due: a signal came during this one, or the batch was full. */
        synchronized boolean end(boolean full) {
            var more = again || full;
            reading = false;
            again = false;
            return more;
        }
    }
}
