package org.hotelagent.gateway.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import io.quarkus.logging.Log;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OnBinaryMessage;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.PathParam;
import io.quarkus.websockets.next.UserData.TypedKey;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;

import org.hotelagent.gateway.domain.FrameRejected;
import org.hotelagent.gateway.domain.ServerFrame;
import org.hotelagent.gateway.domain.WebChatFrames;
import org.hotelagent.gateway.domain.WebChatGuest;
import org.hotelagent.gateway.domain.WebChatInboundService;
import org.hotelagent.gateway.domain.WebChatSessions;
import org.hotelagent.gateway.domain.WebChatSites;

/**
 * The guest web chat of a hotel: {@code /webchat/{hotelId}?session=<uuid>&after=<last reply id>&locale=<tag>}.
 * Guest frames are acknowledged once their event is in Kafka; replies arrive as {@code reply} frames. An unknown
 * hotel is closed with code 4404.
 */
@WebSocket(path = "/webchat/{hotelId}")
class WebChatSocket {

    /** Close code for a hotel without a web chat (4000-4999 are the application's). */
    static final int UNKNOWN_HOTEL = 4404;

    private static final TypedKey<WebChatGuest> GUEST = new TypedKey<>("webchat-guest");
    private static final Pattern SESSION = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern LOCALE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}");

    private final WebChatSites sites;
    private final WebChatSessions sessions;
    private final WebChatInboundService inbound;
    private final WebChatFrames frames;

    WebChatSocket(WebChatSites sites, WebChatSessions sessions, WebChatInboundService inbound, WebChatFrames frames) {
        this.sites = sites;
        this.sessions = sessions;
        this.inbound = inbound;
        this.frames = frames;
    }

    @OnOpen
    Uni<Void> onOpen(WebSocketConnection connection, @PathParam String hotelId) {
        var name = sites.nameOf(hotelId);
        if (name.isEmpty()) {
            return send(connection, new ServerFrame.Failure(null, "unknown-hotel",
                    "There is no web chat for hotel '" + hotelId + "'", false))
                    .chain(() -> connection.close(new CloseReason(UNKNOWN_HOTEL, "unknown hotel")));
        }
        var query = query(connection.handshakeRequest().query());
        var offered = query.getOrDefault("session", "").toLowerCase(Locale.ROOT);
        var session = SESSION.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        var guest = new WebChatGuest(hotelId, session, locale(query.get("locale")));
        connection.userData().put(GUEST, guest);
        return send(connection, new ServerFrame.Session(session, hotelId, name.get()))
                .invoke(() -> sessions.open(guest, connection, lastSeen(query.get("after"))));
    }

    @OnTextMessage
    Uni<Void> onFrame(WebSocketConnection connection, String raw) {
        var guest = connection.userData().get(GUEST);
        if (guest == null) {
            return Uni.createFrom().voidItem();
        }
        try {
            var frame = frames.read(raw);
            return inbound.accept(guest, frame).chain(answer -> send(connection, answer));
        } catch (FrameRejected rejected) {
            Log.debugf("Web-chat frame refused: %s", rejected.getMessage());
            return send(connection, rejected.toFrame());
        }
    }

    @OnBinaryMessage
    Uni<Void> onBinary(WebSocketConnection connection, Buffer ignored) {
        return send(connection, new ServerFrame.Failure(null, "unknown-type",
                "Binary frames are not accepted: send a JSON voice frame with the audio in base64", false));
    }

    @OnClose
    void onClose(WebSocketConnection connection) {
        var guest = connection.userData().get(GUEST);
        if (guest != null) {
            sessions.close(guest, connection);
        }
    }

    private Uni<Void> send(WebSocketConnection connection, ServerFrame frame) {
        return connection.sendText(frames.write(frame));
    }

    private static long lastSeen(String after) {
        try {
            return after == null ? 0 : Math.max(0, Long.parseLong(after));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String locale(String tag) {
        return tag != null && LOCALE.matcher(tag).matches() ? Locale.forLanguageTag(tag).toLanguageTag() : null;
    }

    private static Map<String, String> query(String raw) {
        var params = new HashMap<String, String>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (var pair : raw.split("&")) {
            var parts = pair.split("=", 2);
            params.putIfAbsent(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length == 2 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return params;
    }
}
