package org.hotelagent.gateway.api;

import static org.hotelagent.gateway.support.GreenMailStandIn.guest;
import static org.hotelagent.gateway.support.GreenMailStandIn.messageId;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hotelagent.gateway.support.GmailApiStandIn.USERS;
import static org.hotelagent.gateway.support.GmailApiStandIn.authorized;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import org.hotelagent.contracts.Channel;
import org.hotelagent.contracts.message.InboundMessageReceived;
import org.hotelagent.contracts.message.MessageBody;
import org.hotelagent.gateway.persistence.GmailSyncRepository;
import org.hotelagent.gateway.support.GmailApiStandIn;
import org.hotelagent.gateway.support.GraphApiStandIn;
import org.hotelagent.gateway.support.GreenMailStandIn;
import org.hotelagent.gateway.support.SignedWebhook;

@QuarkusTest
@QuarkusTestResource(GraphApiStandIn.class)
@QuarkusTestResource(GreenMailStandIn.class)
@QuarkusTestResource(GmailApiStandIn.class)
class GmailPushResourceTest {

    /** History ids only move forward, also across tests: each test starts a million above the last. */
    private static final AtomicLong HISTORY = new AtomicLong(System.currentTimeMillis() * 1000);
    private static final List<String> INBOX = List.of("UNREAD", "CATEGORY_PERSONAL", "INBOX");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    GmailSyncRepository syncs;

    @Test
    void syncsTheHistoryFromTheStoredIdOnAPushAndStoresTheNewOneForTheNextSync() {
        var guest = guest();
        var first = messageId();
        var voiceMemo = messageId();
        var start = startAt();
        serveHistory(start, start + 10, mail("m1", "guest-plain.eml", guest, first));

        var events = received(guest, voiceMemo, () -> {
            pushed().statusCode(204);
            assertThat(historyId()).isEqualTo(start + 10);
            serveHistory(start + 10, start + 20, mail("m2", "voice-memo.eml", guest, voiceMemo));
            pushed().statusCode(204);
        });

        assertThat(events).extracting(InboundMessageReceived::channelMessageId).containsExactly(first, voiceMemo,
                voiceMemo);
        assertThat(events.getFirst()).satisfies(event -> {
            assertThat(event.channel()).isEqualTo(Channel.EMAIL);
            assertThat(event.hotelId()).isEqualTo(GmailApiStandIn.HOTEL_ID);
            assertThat(event.conversationId()).isEqualTo("email:berlin-hotel:" + guest);
            assertThat(event.eventId()).isEqualTo(UUID.nameUUIDFromBytes(("email:berlin-hotel:" + first)
                    .getBytes(StandardCharsets.UTF_8)));
            assertThat(((MessageBody.Text) event.body()).subject()).isEqualTo("Habitación doble en diciembre");
        });
        // A voice memo goes to speech-to-text like a voice note: the audio travels inline.
        var audio = (MessageBody.Audio) events.get(2).body();
        assertThat(audio.media().mimeType()).isEqualTo("audio/ogg");
        assertThat(new String(audio.media().data(), StandardCharsets.US_ASCII)).startsWith("OggS");
        assertThat(historyId()).isEqualTo(start + 20);
        GmailApiStandIn.server().verify(getRequestedFor(urlPathEqualTo(USERS + "/history"))
                .withQueryParam("startHistoryId", equalTo(String.valueOf(start + 10)))
                .withQueryParam("historyTypes", equalTo("messageAdded"))
                .withQueryParam("labelId", equalTo("INBOX")));
    }

    @Test
    void resyncsTheRecentInboxWhenTheHistoryIdIsTooOldWithoutPublishingAMailTwice() {
        var guest = guest();
        var known = messageId();
        var missed = messageId();
        var start = startAt();
        var knownId = mail("m-known", "guest-plain.eml", guest, known);
        serveHistory(start, start + 5, knownId);
        var missedId = mail("m-missed", "gmail-html-only.eml", guest, missed);
        var server = GmailApiStandIn.server();

        var events = received(guest, missed, () -> {
            pushed().statusCode(204);
            server.stubFor(authorized(get(urlPathEqualTo(USERS + "/history")))
                    .withQueryParam("startHistoryId", equalTo(String.valueOf(start + 5))).atPriority(1)
                    .willReturn(GmailApiStandIn.error(404, "Requested entity was not found.", "notFound",
                            "NOT_FOUND")));
            server.stubFor(authorized(get(urlPathEqualTo(USERS + "/profile"))).atPriority(1).willReturn(
                    GmailApiStandIn.json(200, "{\"emailAddress\": \"" + GmailApiStandIn.ADDRESS + "\", "
                            + "\"messagesTotal\": 2, \"threadsTotal\": 2, \"historyId\": \"" + (start + 100) + "\"}")));
            server.stubFor(authorized(get(urlPathEqualTo(USERS + "/messages")))
                    .withQueryParam("labelIds", equalTo("INBOX")).withQueryParam("q", equalTo("newer_than:7d"))
                    .atPriority(1).willReturn(GmailApiStandIn.messageList(missedId, knownId)));
            pushed().statusCode(204);
        });

        assertThat(events).extracting(InboundMessageReceived::channelMessageId).containsExactly(known, missed);
        assertThat(historyId()).isEqualTo(start + 100);
    }

    @Test
    void refreshesTheAccessTokenOnceWhenGmailRefusesIt() {
        var guest = guest();
        var messageId = messageId();
        var fresh = "ya29.fresh-" + UUID.randomUUID();
        pushed().statusCode(204);
        var start = startAt();
        var server = GmailApiStandIn.server();
        server.stubFor(post(urlPathEqualTo("/token")).atPriority(1).willReturn(GmailApiStandIn.token(fresh)));
        server.stubFor(get(urlPathEqualTo(USERS + "/history")).atPriority(2)
                .withQueryParam("startHistoryId", equalTo(String.valueOf(start)))
                .willReturn(GmailApiStandIn.unauthenticated()));
        server.stubFor(get(urlPathEqualTo(USERS + "/history")).atPriority(1)
                .withQueryParam("startHistoryId", equalTo(String.valueOf(start)))
                .withHeader("Authorization", equalTo("Bearer " + fresh))
                .willReturn(GmailApiStandIn.history(start + 1, mail("m-token", "guest-plain.eml", guest, messageId))));

        var events = received(guest, messageId, () -> pushed().statusCode(204));
        var refreshes = server.findAll(postRequestedFor(urlPathEqualTo("/token"))).size();
        pushed().statusCode(204);

        assertThat(events).hasSize(1);
        server.verify(2, getRequestedFor(urlPathEqualTo(USERS + "/history"))
                .withQueryParam("startHistoryId", equalTo(String.valueOf(start))));
        assertThat(server.findAll(postRequestedFor(urlPathEqualTo("/token")))).as("the fresh token is cached")
                .hasSize(refreshes);
        server.verify(postRequestedFor(urlPathEqualTo("/token"))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withRequestBody(containing("grant_type=refresh_token"))
                .withRequestBody(containing("refresh_token=" + GmailApiStandIn.REFRESH_TOKEN.replace("/", "%2F")))
                .withRequestBody(containing("client_id=" + GmailApiStandIn.CLIENT_ID)));
    }

    @Test
    void neverPublishesAutoRepliesOrOurOwnMailAndStillMovesOn() {
        var guest = guest();
        var marker = messageId();
        var start = startAt();
        var ownReply = ("From: Hotel Berlin <" + GmailApiStandIn.ADDRESS + ">\r\nTo: " + guest + "\r\nSubject: Re: "
                + "Hola\r\nMessage-ID: " + messageId() + "\r\nX-Hotel-Gateway-Id: " + UUID.randomUUID()
                + "\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nGracias por escribirnos.\r\n")
                .getBytes(StandardCharsets.UTF_8);
        var server = GmailApiStandIn.server();
        server.stubFor(authorized(get(urlPathEqualTo(USERS + "/messages/m-sent"))).atPriority(1)
                .willReturn(GmailApiStandIn.rawMessage("m-sent", "m-sent", List.of("SENT"), ownReply)));
        server.stubFor(authorized(get(urlPathEqualTo(USERS + "/messages/m-echo"))).atPriority(1)
                .willReturn(GmailApiStandIn.rawMessage("m-echo", "m-echo", INBOX, ownReply)));
        serveHistory(start, start + 7, mail("m-ooo", "out-of-office.eml", guest, messageId()), "m-sent", "m-echo",
                mail("m-list", "newsletter.eml", guest, messageId()), "m-gone",
                mail("m-marker", "guest-plain.eml", guest, marker));

        var events = received(guest, marker, () -> pushed().statusCode(204));

        assertThat(events).extracting(InboundMessageReceived::channelMessageId).containsExactly(marker);
        assertThat(historyId()).isEqualTo(start + 7);
    }

    @Test
    void refusesPushesWithoutTheTokenAndAcknowledgesOnesForOtherMailboxes() {
        given().body(GmailApiStandIn.push(GmailApiStandIn.ADDRESS, 1)).post("/api/webhooks/gmail")
                .then().statusCode(403).contentType(Problem.MEDIA_TYPE);
        given().queryParam("token", "wrong").body(GmailApiStandIn.push(GmailApiStandIn.ADDRESS, 1))
                .post("/api/webhooks/gmail").then().statusCode(403);
        given().queryParam("token", GmailApiStandIn.PUSH_TOKEN).body("{\"message\": {\"data\": \"%%%\"}}")
                .post("/api/webhooks/gmail").then().statusCode(400);
        given().queryParam("token", GmailApiStandIn.PUSH_TOKEN).body(GmailApiStandIn.push("other@example.com", 1))
                .post("/api/webhooks/gmail").then().statusCode(204);
    }

    private long startAt() {
        var start = HISTORY.addAndGet(1_000_000);
        syncs.advance(GmailApiStandIn.HOTEL_ID, start).await().atMost(Duration.ofSeconds(5));
        return start;
    }

    private Long historyId() {
        return syncs.historyId(GmailApiStandIn.HOTEL_ID).await().atMost(Duration.ofSeconds(5));
    }

    private static ValidatableResponse pushed() {
        return given().queryParam("token", GmailApiStandIn.PUSH_TOKEN)
                .body(GmailApiStandIn.push(GmailApiStandIn.ADDRESS, HISTORY.get() + 999_999))
                .post("/api/webhooks/gmail").then();
    }

    /** Serves a guest mail fixture as Gmail message {@code id} in the INBOX; returns the id. */
    private static String mail(String id, String fixture, String guest, String messageId) {
        var gmailId = id + "-" + UUID.randomUUID();
        GmailApiStandIn.server().stubFor(authorized(get(urlPathEqualTo(USERS + "/messages/" + gmailId)))
                .atPriority(1).withQueryParam("format", equalTo("raw"))
                .willReturn(GmailApiStandIn.rawMessage(gmailId, "thread-" + gmailId, INBOX,
                        GreenMailStandIn.eml(fixture, guest, messageId))));
        return gmailId;
    }

    private static void serveHistory(long start, long now, String... messageIds) {
        GmailApiStandIn.server().stubFor(authorized(get(urlPathEqualTo(USERS + "/history"))).atPriority(3)
                .withQueryParam("startHistoryId", equalTo(String.valueOf(start)))
                .willReturn(GmailApiStandIn.history(now, messageIds)));
    }

    /** The events of {@code guest} published while {@code act} runs, once the one of {@code last} is in. */
    private List<InboundMessageReceived> received(String guest, String last, Runnable act) {
        return SignedWebhook.published(bootstrapServers, "email:berlin-hotel:" + guest, last, act);
    }

    private static InboundMessageReceived read(String json) {
        return SignedWebhook.read(json, InboundMessageReceived.class);
    }
}
