package org.hotelagent.gateway.consumer;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hotelagent.gateway.support.GmailApiStandIn.USERS;
import static org.hotelagent.gateway.support.GmailApiStandIn.authorized;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

import org.hotelagent.contracts.Channel;
import org.hotelagent.contracts.GoldenSamples;
import org.hotelagent.contracts.GuestRef;
import org.hotelagent.contracts.Topics;
import org.hotelagent.contracts.dialogue.ReplyComposed;
import org.hotelagent.gateway.persistence.GmailSyncRepository;
import org.hotelagent.gateway.support.GmailApiStandIn;
import org.hotelagent.gateway.support.GraphApiStandIn;
import org.hotelagent.gateway.support.GreenMailStandIn;

@QuarkusTest
@QuarkusTestResource(GraphApiStandIn.class)
@QuarkusTestResource(GreenMailStandIn.class)
@QuarkusTestResource(GmailApiStandIn.class)
class GmailReplyTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    GmailSyncRepository syncs;

    @Inject
    GmailSyncPoller poller;

    @Inject
    ObjectMapper json;

    @Test
    void sendsTheReplyThroughTheGmailApiInTheGuestsThreadWithThreadingHeaders() throws Exception {
        var guest = "guest-" + UUID.randomUUID() + "@example.com";
        var guestMail = "<" + UUID.randomUUID() + "@mail.example.com>";
        var thread = "thread-" + UUID.randomUUID();
        inboxMailSyncedByThePoller(guest, guestMail, thread);
        var reply = reply(guest, guestMail);

        produce(reply);

        var sent = sentMail(reply);
        var body = json.readTree(sent.getBodyAsString());
        assertThat(body.path("threadId").asText()).isEqualTo(thread);
        assertThat(sent.getHeader("Authorization")).startsWith("Bearer ");
        var mail = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(Base64.getUrlDecoder().decode(body.path("raw").asText())));
        assertThat(mail.getSubject()).isEqualTo("Re: Habitación doble en diciembre");
        assertThat(mail.getHeader("In-Reply-To", null)).isEqualTo(guestMail);
        assertThat(mail.getHeader("References", null)).isEqualTo(guestMail);
        assertThat(mail.getFrom()[0].toString()).isEqualTo("Hotel Berlin <" + GmailApiStandIn.ADDRESS + ">");
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(guest);
        assertThat(mail.getMessageID()).isEqualTo("<" + reply.eventId() + "@hotel-berlin.test>");
        assertThat(mail.getHeader("X-Auto-Response-Suppress", null)).isEqualTo("All");
        assertThat(mail.getContent().toString()).startsWith("Sí: del 3 al 5 de diciembre");
    }

    @Test
    void reportsAReplyTheGmailApiRefusesInsteadOfRetryingIt() throws Exception {
        var guest = "guest-" + UUID.randomUUID() + "@example.com";
        var reply = reply(guest, null);
        GmailApiStandIn.server().stubFor(authorized(post(urlPathEqualTo(USERS + "/messages/send"))).atPriority(1)
                .withRequestBody(matching(".*\"raw\".*")).withRequestBody(matching("^((?!threadId).)*$"))
                .willReturn(GmailApiStandIn.error(400, "Invalid To header", "invalidArgument", "INVALID_ARGUMENT")));
        try (var kafka = new KafkaCompanion(bootstrapServers);
             var reports = kafka.consumeStrings().withGroupId("test-" + UUID.randomUUID())
                     .withOffsetReset(OffsetResetStrategy.EARLIEST).fromTopics(Topics.DELIVERIES_REPORTED)) {

            produce(reply);

            await().atMost(Duration.ofSeconds(30)).until(() -> reports.getRecords().stream()
                    .anyMatch(r -> r.value().contains(reply.eventId().toString()) && r.value().contains("gmail")));
        }
        assertThat(sentRequests(reply)).hasSize(1);
    }

    @Test
    void renewsThePushWatchOfEveryGmailMailbox() {
        poller.renewWatches().await().atMost(Duration.ofSeconds(10));

        GmailApiStandIn.server().verify(postRequestedFor(urlPathEqualTo(USERS + "/watch")).withRequestBody(
                equalToJson("{\"topicName\": \"" + GmailApiStandIn.TOPIC + "\", \"labelIds\": [\"INBOX\"], "
                        + "\"labelFilterBehavior\": \"include\"}")));
    }

    /** The guest's mail reaches the gateway through the safety poll (no push) and is published. */
    private void inboxMailSyncedByThePoller(String guest, String guestMail, String thread) {
        var start = System.currentTimeMillis() * 1000 + 500_000_000_000L;
        syncs.advance(GmailApiStandIn.HOTEL_ID, start).await().atMost(Duration.ofSeconds(5));
        var id = "m-" + UUID.randomUUID();
        var server = GmailApiStandIn.server();
        server.stubFor(authorized(get(urlPathEqualTo(USERS + "/messages/" + id))).atPriority(1)
                .willReturn(GmailApiStandIn.rawMessage(id, thread, List.of("UNREAD", "INBOX"),
                        GreenMailStandIn.eml("guest-plain.eml", guest, guestMail))));
        server.stubFor(authorized(get(urlPathEqualTo(USERS + "/history"))).atPriority(1)
                .withQueryParam("startHistoryId", equalTo(String.valueOf(start)))
                .willReturn(GmailApiStandIn.history(start + 1, id)));
        try (var kafka = new KafkaCompanion(bootstrapServers);
             var records = kafka.consumeStrings().withGroupId("test-" + UUID.randomUUID())
                     .withOffsetReset(OffsetResetStrategy.EARLIEST).fromTopics(Topics.MESSAGES_RECEIVED)) {
            poller.syncMailboxes().await().atMost(Duration.ofSeconds(20));
            await().atMost(Duration.ofSeconds(20)).until(() -> records.getRecords().stream()
                    .anyMatch(r -> r.value().contains(guestMail)));
        }
        assertThat(syncs.historyId(GmailApiStandIn.HOTEL_ID).await().atMost(Duration.ofSeconds(5)))
                .isEqualTo(start + 1);
    }

    private static LoggedRequest sentMail(ReplyComposed reply) {
        await().atMost(Duration.ofSeconds(30)).until(() -> sentRequests(reply).size() == 1);
        await().pollDelay(Duration.ofSeconds(1)).until(() -> true);
        assertThat(sentRequests(reply)).hasSize(1);
        return sentRequests(reply).getFirst();
    }

    /** The users.messages.send calls carrying this reply (its id is in the raw mail's X-Hotel-Gateway-Id). */
    private static List<LoggedRequest> sentRequests(ReplyComposed reply) {
        return GmailApiStandIn.server().findAll(postRequestedFor(urlPathEqualTo(USERS + "/messages/send"))).stream()
                .filter(r -> new String(Base64.getUrlDecoder().decode(r.getBodyAsString()
                        .replaceAll("(?s).*\"raw\"\\s*:\\s*\"([^\"]+)\".*", "$1")))
                        .contains(reply.eventId().toString()))
                .toList();
    }

    /** The golden reply, addressed to an email guest of the Gmail hotel. */
    private static ReplyComposed reply(String guest, String guestMail) throws Exception {
        var golden = GoldenSamples.MAPPER.readValue(GoldenSamples.json("replies-composed"), ReplyComposed.class);
        return new ReplyComposed(UUID.randomUUID(), golden.occurredAt(), "email:berlin-hotel:" + guest,
                GmailApiStandIn.HOTEL_ID, golden.correlationId(), golden.inReplyToEventId(), Channel.EMAIL,
                new GuestRef(guest, null, "Lucía"), guestMail, golden.language(), golden.text(), golden.buttons(),
                golden.list(), null, guestMail == null ? "Su reserva" : null);
    }

    private void produce(ReplyComposed reply) throws Exception {
        try (var kafka = new KafkaCompanion(bootstrapServers)) {
            kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.REPLIES_COMPOSED, reply.conversationId(),
                    GoldenSamples.MAPPER.writeValueAsString(reply))).awaitCompletion();
        }
    }
}
