package org.hotelagent.gateway.consumer;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hotelagent.gateway.support.SignedWebhook.consume;
import static org.hotelagent.gateway.support.SignedWebhook.matching;
import static org.hotelagent.gateway.support.SignedWebhook.read;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

import org.hotelagent.contracts.GoldenSamples;
import org.hotelagent.contracts.Topics;
import org.hotelagent.contracts.dialogue.ReplyComposed;
import org.hotelagent.contracts.dialogue.VoiceAttachment;
import org.hotelagent.contracts.message.DeliveryReported;
import org.hotelagent.contracts.message.DeliveryStatus;
import org.hotelagent.gateway.support.GraphApiStandIn;
import org.hotelagent.gateway.support.SignedWebhook;
import org.hotelagent.gateway.support.Webhooks;

@QuarkusTest
@QuarkusTestResource(GraphApiStandIn.class)
class ReplyConsumerTest {

    private static final String GOLDEN_GUEST_MESSAGE = "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    WireMockServer graphApi;

    @Test
    void sendsTheGoldenReplyOnceAsReplyButtonsAfterMarkingTheGuestsMessageRead() {
        var guest = guestWithOpenWindow();
        var eventId = UUID.randomUUID().toString();
        var reply = reply(eventId, guest);

        produce(guest, reply, reply);

        var sent = sentTo(guest, eventId)
                .withRequestBody(matchingJsonPath("$.type", equalTo("interactive")))
                .withRequestBody(matchingJsonPath("$.interactive.type", equalTo("button")))
                .withRequestBody(matchingJsonPath("$.interactive.action.buttons[0].reply.id", equalTo("confirm")))
                .withRequestBody(matchingJsonPath("$.interactive.action.buttons[1].reply.title",
                        equalTo("Otras fechas")))
                .withRequestBody(matchingJsonPath("$.interactive.body.text", equalTo(
                        "Sí: del 3 al 5 de diciembre (2 noches) tenemos la doble estándar por 180,00 EUR. ¿La reservo?")))
                .withRequestBody(matchingJsonPath("$.context.message_id", equalTo(GOLDEN_GUEST_MESSAGE)))
                .withRequestBody(matchingJsonPath("$.biz_opaque_callback_data", equalTo(eventId)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> graphApi.verify(1, sent));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> graphApi.verify(1, sent));
        graphApi.verify(postRequestedFor(urlEqualTo(GraphApiStandIn.MESSAGES))
                .withRequestBody(matchingJsonPath("$.status", equalTo("read")))
                .withRequestBody(matchingJsonPath("$.message_id", equalTo(GOLDEN_GUEST_MESSAGE)))
                .withRequestBody(matchingJsonPath("$.typing_indicator.type", equalTo("text"))));
    }

    @Test
    void sendsTheConfiguredTemplateWhenTheGuestsWindowIsClosed() {
        var guest = Webhooks.guestNumber();
        var eventId = UUID.randomUUID().toString();

        produce(guest, reply(eventId, guest));

        var template = sentTo(guest, eventId)
                .withRequestBody(matchingJsonPath("$.type", equalTo("template")))
                .withRequestBody(matchingJsonPath("$.template.name", equalTo("hotel_reengagement")))
                .withRequestBody(matchingJsonPath("$.template.language.code", equalTo("es")))
                .withRequestBody(matchingJsonPath("$.biz_opaque_callback_data", equalTo(eventId)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> graphApi.verify(1, template));
        graphApi.verify(0, sentTo(guest, eventId)
                .withRequestBody(matchingJsonPath("$.type", equalTo("interactive"))));
    }

    @Test
    void switchesToTheTemplateWhenMetaSaysTheWindowIsClosed() {
        var guest = guestWithOpenWindow();
        var eventId = UUID.randomUUID().toString();
        graphApi.stubFor(post(urlEqualTo(GraphApiStandIn.MESSAGES))
                .withRequestBody(matchingJsonPath("$.to", equalTo(guest)))
                .withRequestBody(matchingJsonPath("$.type", equalTo("interactive")))
                .willReturn(GraphApiStandIn.error(400, "131047")));

        produce(guest, reply(eventId, guest));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> graphApi.verify(1,
                sentTo(guest, eventId)
                        .withRequestBody(matchingJsonPath("$.template.name", equalTo("hotel_reengagement")))));
        graphApi.verify(1, sentTo(guest, eventId)
                .withRequestBody(matchingJsonPath("$.type", equalTo("interactive"))));
    }

    @Test
    void retriesAThrottledSendWithBackoffUntilMetaTakesIt() {
        var guest = guestWithOpenWindow();
        var eventId = UUID.randomUUID().toString();
        graphApi.stubFor(post(urlEqualTo(GraphApiStandIn.MESSAGES)).inScenario(guest).whenScenarioStateIs(STARTED)
                .withRequestBody(matchingJsonPath("$.to", equalTo(guest)))
                .willReturn(GraphApiStandIn.error(400, "130429")).willSetStateTo("paced"));

        produce(guest, reply(eventId, guest));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> graphApi.verify(2, sentTo(guest, eventId)));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> graphApi.verify(2, sentTo(guest, eventId)));
    }

    @Test
    void reportsARefusedReplyAsFailedWithMetasCodeAndDoesNotRetryIt() {
        var guest = guestWithOpenWindow();
        var eventId = UUID.randomUUID().toString();
        graphApi.stubFor(post(urlEqualTo(GraphApiStandIn.MESSAGES))
                .withRequestBody(matchingJsonPath("$.to", equalTo(guest)))
                .willReturn(GraphApiStandIn.error(400, "131030")));
        try (var kafka = new KafkaCompanion(bootstrapServers);
             var reports = consume(kafka, Topics.DELIVERIES_REPORTED)) {

            produce(guest, reply(eventId, guest));

            await().atMost(Duration.ofSeconds(30)).until(() -> !matching(reports, v -> v.contains(eventId)).isEmpty());
            var report = read(matching(reports, v -> v.contains(eventId)).getFirst().value(), DeliveryReported.class);
            assertThat(report.status()).isEqualTo(DeliveryStatus.FAILED);
            assertThat(report.replyEventId()).hasToString(eventId);
            assertThat(report.conversationId()).isEqualTo("whatsapp:demo-hotel:" + guest);
            assertThat(report.error().code()).isEqualTo("131030");
            assertThat(report.error().detail()).startsWith("Recipient phone number not in allowed list");
            graphApi.verify(1, sentTo(guest, eventId));
        }
    }

    @Test
    void stopsOnARejectedTokenReportsItAndParksTheReplyInTheDeadLetterTopic() {
        var guest = guestWithOpenWindow();
        var eventId = UUID.randomUUID().toString();
        graphApi.stubFor(post(urlEqualTo(GraphApiStandIn.MESSAGES))
                .withRequestBody(matchingJsonPath("$.to", equalTo(guest)))
                .willReturn(GraphApiStandIn.error(401, "190")));
        try (var kafka = new KafkaCompanion(bootstrapServers);
             var reports = consume(kafka, Topics.DELIVERIES_REPORTED);
             var dead = consume(kafka, Topics.deadLetter(Topics.REPLIES_COMPOSED))) {

            produce(guest, reply(eventId, guest));

            await().atMost(Duration.ofSeconds(30)).until(() -> !matching(dead, v -> v.contains(eventId)).isEmpty());
            await().atMost(Duration.ofSeconds(30)).until(() -> !matching(reports, v -> v.contains(eventId)).isEmpty());
            var report = read(matching(reports, v -> v.contains(eventId)).getFirst().value(), DeliveryReported.class);
            assertThat(report.error().code()).isEqualTo("190");
            graphApi.verify(1, sentTo(guest, eventId));
        }
    }

    @Test
    void recoversTheReplyOfAStatusWithoutCallbackDataFromTheWamidWrittenAtSendTime() {
        var guest = guestWithOpenWindow();
        var eventId = UUID.randomUUID().toString();
        var wamid = Webhooks.wamid();
        graphApi.stubFor(post(urlEqualTo(GraphApiStandIn.MESSAGES))
                .withRequestBody(matchingJsonPath("$.to", equalTo(guest)))
                .willReturn(GraphApiStandIn.json(200, Webhooks.sample("send-response.json")
                        .replace("wamid.HBgLMTY0NjcwNDM1OTUVAgARGBI1RjQyNUE3NEYxMzAzMzQ5MkEA", wamid))));
        produce(guest, reply(eventId, guest));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> graphApi.verify(1, sentTo(guest, eventId)));
        try (var kafka = new KafkaCompanion(bootstrapServers);
             var reports = consume(kafka, Topics.DELIVERIES_REPORTED)) {

            await().pollDelay(Duration.ofSeconds(1)).until(() -> true);
            SignedWebhook.post(Webhooks.status("status-delivered.json", wamid, null).replace("16505551234", guest))
                    .then().statusCode(200);

            await().atMost(Duration.ofSeconds(30)).until(() -> !matching(reports, v -> v.contains(wamid)).isEmpty());
            var report = read(matching(reports, v -> v.contains(wamid)).getFirst().value(), DeliveryReported.class);
            assertThat(report.replyEventId()).hasToString(eventId);
            assertThat(report.correlationId()).isEqualTo("7d1c3a52-8b0e-4f4e-b8a3-1e2f3a4b5c6d");
            assertThat(report.status()).isEqualTo(DeliveryStatus.DELIVERED);
        }
    }

    @Test
    void uploadsASpokenReplyAndSendsItAsAVoiceNoteBeforeTheText() throws Exception {
        var guest = guestWithOpenWindow();
        var eventId = UUID.randomUUID().toString();
        var golden = GoldenSamples.MAPPER.readValue(reply(eventId, guest), ReplyComposed.class);
        var ogg = "OggS-opus-voice-reply".getBytes(StandardCharsets.US_ASCII);
        var spoken = new ReplyComposed(golden.eventId(), golden.occurredAt(), golden.conversationId(),
                golden.hotelId(), golden.correlationId(), golden.inReplyToEventId(), golden.channel(),
                golden.recipient(), golden.replyToChannelMessageId(), golden.language(), golden.text(), null, null,
                new VoiceAttachment("audio/ogg; codecs=opus", ogg, 2400), null);

        produce(guest, GoldenSamples.MAPPER.writeValueAsString(spoken));

        var voice = sentTo(guest, eventId).withRequestBody(matchingJsonPath("$.type", equalTo("audio")))
                .withRequestBody(matchingJsonPath("$.audio.id", equalTo("1037543291543636")))
                .withRequestBody(matchingJsonPath("$.audio.voice", equalTo("true")))
                .withRequestBody(matchingJsonPath("$.context.message_id", equalTo(GOLDEN_GUEST_MESSAGE)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> graphApi.verify(1,
                sentTo(guest, eventId).withRequestBody(matchingJsonPath("$.type", equalTo("text")))));
        graphApi.verify(1, voice);
        graphApi.verify(postRequestedFor(urlEqualTo("/v23.0/" + Webhooks.NUMBER + "/media"))
                .withHeader("Authorization", equalTo("Bearer local-access-token"))
                .withRequestBodyPart(aMultipart().withName("messaging_product").withBody(equalTo("whatsapp")).build())
                .withRequestBodyPart(aMultipart().withName("file").withHeader("Content-Type", containing("audio/ogg"))
                        .withBody(binaryEqualTo(ogg)).build()));
        var requests = graphApi.findAll(sentTo(guest, eventId));
        assertThat(requests.getFirst().getBodyAsString()).contains("\"audio\"");
    }

    /** A guest who just wrote to the hotel, so free-form replies are allowed. */
    private static String guestWithOpenWindow() {
        var guest = Webhooks.guestNumber();
        SignedWebhook.post(Webhooks.text(Webhooks.NUMBER, guest, Webhooks.wamid(), "hola")).then().statusCode(200);
        return guest;
    }

    private static String reply(String eventId, String guest) {
        return GoldenSamples.json("replies-composed")
                .replace("c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f", eventId)
                .replace("16505551234", guest);
    }

    private void produce(String guest, String... replies) {
        try (var kafka = new KafkaCompanion(bootstrapServers)) {
            for (var reply : replies) {
                kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.REPLIES_COMPOSED,
                        "whatsapp:demo-hotel:" + guest, reply)).awaitCompletion();
            }
        }
    }

    /**
     * Sends of one reply to the guest: other agents on the shared broker may answer the test guest's "hola" too, and
     * their replies must not count.
     */
    private static RequestPatternBuilder sentTo(String guest, String eventId) {
        return postRequestedFor(urlEqualTo(GraphApiStandIn.MESSAGES))
                .withRequestBody(matchingJsonPath("$.biz_opaque_callback_data", equalTo(eventId)))
                .withHeader("Authorization", equalTo("Bearer local-access-token"))
                .withRequestBody(matchingJsonPath("$.messaging_product", equalTo("whatsapp")))
                .withRequestBody(matchingJsonPath("$.to", equalTo(guest)));
    }
}
