package org.hotelagent.gateway.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * An in-JVM stand-in for the Gmail API and Google's OAuth token endpoint, answering in Google's documented formats
 * (users.history.list, users.getProfile, users.messages.list/get/send, users.watch; errors in Google's envelope):
 * hotel {@value #HOTEL_ID} reads and answers its mail through it. Every Gmail call needs a bearer token (else 401);
 * the default answers are an empty mailbox, tests add stubs for their own history ids and messages.
 */
public class GmailApiStandIn implements QuarkusTestResourceLifecycleManager {

    public static final String HOTEL_ID = "berlin-hotel";
    public static final String ADDRESS = "reservas@hotel-berlin.test";
    public static final String PUSH_TOKEN = "local-gmail-push-token";
    public static final String TOPIC = "projects/hotel-agent-test/topics/gmail";
    public static final String CLIENT_ID = "1234567890-standin.apps.googleusercontent.com";
    public static final String REFRESH_TOKEN = "1//04-stand-in-refresh-token";
    public static final String USERS = "/gmail/v1/users/me";

    private static volatile WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        server.stubFor(post(urlPathEqualTo("/token")).atPriority(10).willReturn(token("ya29.stand-in-initial")));
        server.stubFor(authorized(get(urlPathEqualTo(USERS + "/profile")))
                .willReturn(json(200, "{\"emailAddress\": \"" + ADDRESS + "\", \"messagesTotal\": 0, "
                        + "\"threadsTotal\": 0, \"historyId\": \"1000\"}")));
        server.stubFor(authorized(get(urlPathEqualTo(USERS + "/history"))).willReturn(json(200,
                "{\"historyId\": \"1000\"}")));
        server.stubFor(authorized(get(urlPathEqualTo(USERS + "/messages"))).willReturn(json(200,
                "{\"resultSizeEstimate\": 0}")));
        server.stubFor(authorized(get(urlPathMatching(USERS + "/messages/[^/]+"))).willReturn(error(404,
                "Requested entity was not found.", "notFound", "NOT_FOUND")));
        server.stubFor(authorized(post(urlPathEqualTo(USERS + "/messages/send"))).willReturn(json(200,
                "{\"id\": \"19a6f0c2b4d8e6f0\", \"threadId\": \"19a6f0c2b4d8e6f0\", \"labelIds\": [\"SENT\"]}")));
        server.stubFor(authorized(post(urlPathEqualTo(USERS + "/watch"))).willReturn(json(200,
                "{\"historyId\": \"1000\", \"expiration\": \"1796256000000\"}")));
        server.stubFor(any(urlPathMatching("/gmail/.*")).atPriority(20).willReturn(unauthenticated()));
        var prefix = "gateway.email.mailboxes." + HOTEL_ID + ".";
        return Map.of(prefix + "address", ADDRESS,
                prefix + "display-name", "Hotel Berlin",
                prefix + "gmail.client-id", CLIENT_ID,
                prefix + "gmail.client-secret", "GOCSPX-stand-in-secret",
                prefix + "gmail.refresh-token", REFRESH_TOKEN,
                prefix + "gmail.api-url", server.baseUrl(),
                prefix + "gmail.token-url", server.baseUrl() + "/token",
                prefix + "gmail.topic", TOPIC);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    public static WireMockServer server() {
        return server;
    }

    /** A Gmail API request stub that only answers calls carrying a bearer token. */
    public static MappingBuilder authorized(MappingBuilder request) {
        return request.atPriority(10).withHeader("Authorization", matching("Bearer .+"));
    }

    /** The token endpoint's answer to a refresh_token grant. */
    public static ResponseDefinitionBuilder token(String accessToken) {
        return json(200, "{\"access_token\": \"" + accessToken + "\", \"expires_in\": 3599, \"scope\": "
                + "\"https://www.googleapis.com/auth/gmail.modify\", \"token_type\": \"Bearer\"}");
    }

    /** users.history.list: one history record per added INBOX message, and the mailbox's history id now. */
    public static ResponseDefinitionBuilder history(long historyId, String... messageIds) {
        var records = new StringBuilder();
        for (var i = 0; i < messageIds.length; i++) {
            var id = messageIds[i];
            records.append(i == 0 ? "" : ", ").append("{\"id\": \"").append(historyId - messageIds.length + i)
                    .append("\", \"messages\": [{\"id\": \"").append(id).append("\", \"threadId\": \"").append(id)
                    .append("\"}], \"messagesAdded\": [{\"message\": {\"id\": \"").append(id)
                    .append("\", \"threadId\": \"").append(id).append("\", \"labelIds\": [\"UNREAD\", \"INBOX\"]}}]}");
        }
        return json(200, "{\"history\": [" + records + "], \"historyId\": \"" + historyId + "\"}");
    }

    /** users.messages.list: ids newest first, as Gmail lists them. */
    public static ResponseDefinitionBuilder messageList(String... messageIds) {
        var messages = List.of(messageIds).stream()
                .map(id -> "{\"id\": \"" + id + "\", \"threadId\": \"" + id + "\"}")
                .collect(Collectors.joining(", "));
        return json(200, "{\"messages\": [" + messages + "], \"resultSizeEstimate\": " + messageIds.length + "}");
    }

    /** users.messages.get with format=raw: the mail base64url-encoded, its thread and labels. */
    public static ResponseDefinitionBuilder rawMessage(String id, String threadId, List<String> labels, byte[] raw) {
        var labelIds = labels.stream().map(l -> "\"" + l + "\"").collect(Collectors.joining(", "));
        return json(200, "{\"id\": \"" + id + "\", \"threadId\": \"" + threadId + "\", \"labelIds\": [" + labelIds
                + "], \"snippet\": \"\", \"sizeEstimate\": " + raw.length + ", \"historyId\": \"1000\", "
                + "\"internalDate\": \"1764065700000\", \"raw\": \""
                + Base64.getUrlEncoder().encodeToString(raw) + "\"}");
    }

    /** A Gmail API error in Google's envelope. */
    public static ResponseDefinitionBuilder error(int status, String message, String reason, String code) {
        return json(status, "{\"error\": {\"code\": " + status + ", \"message\": \"" + message + "\", \"errors\": "
                + "[{\"message\": \"" + message + "\", \"domain\": \"global\", \"reason\": \"" + reason + "\"}], "
                + "\"status\": \"" + code + "\"}}");
    }

    /** Google's answer to a missing, expired or revoked access token. */
    public static ResponseDefinitionBuilder unauthenticated() {
        return json(401, "{\"error\": {\"code\": 401, \"message\": \"Request had invalid authentication "
                + "credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential."
                + "\", \"errors\": [{\"message\": \"Invalid Credentials\", \"domain\": \"global\", \"reason\": "
                + "\"authError\", \"location\": \"Authorization\", \"locationType\": \"header\"}], \"status\": "
                + "\"UNAUTHENTICATED\"}}")
                .withHeader("WWW-Authenticate", "Bearer realm=\"https://accounts.google.com/\"");
    }

    /** A Pub/Sub push of Gmail's notification that {@code address} changed, as the subscription POSTs it. */
    public static String push(String address, long historyId) {
        var data = Base64.getEncoder().encodeToString(("{\"emailAddress\":\"" + address + "\",\"historyId\":"
                + historyId + "}").getBytes(StandardCharsets.UTF_8));
        return "{\"message\": {\"data\": \"" + data + "\", \"messageId\": \"2070443601311540\", \"message_id\": "
                + "\"2070443601311540\", \"publishTime\": \"2026-11-26T06:00:00.000Z\", \"publish_time\": "
                + "\"2026-11-26T06:00:00.000Z\"}, \"subscription\": \"projects/hotel-agent-test/subscriptions/"
                + "gmail-push\"}";
    }

    /** A JSON answer, as Google sends it. */
    public static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=UTF-8")
                .withBody(body);
    }
}
