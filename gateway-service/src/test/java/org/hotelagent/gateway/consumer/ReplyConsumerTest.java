package org.hotelagent.gateway.consumer;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

import org.hotelagent.contracts.GoldenSamples;
import org.hotelagent.contracts.Topics;
import org.hotelagent.gateway.support.GraphApiStandIn;

@QuarkusTest
@QuarkusTestResource(GraphApiStandIn.class)
class ReplyConsumerTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    WireMockServer graphApi;

    @Test
    void sendsTheGoldenReplyOnceThroughTheCloudApiEvenIfItIsRedelivered() {
        var eventId = UUID.randomUUID().toString();
        var guest = "3460" + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 10_000_000L);
        var reply = GoldenSamples.json("replies-composed")
                .replace("c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f", eventId)
                .replace("16505551234", guest);

        try (var kafka = new KafkaCompanion(bootstrapServers)) {
            kafka.produceStrings().fromRecords(
                    new ProducerRecord<>(Topics.REPLIES_COMPOSED, "whatsapp:demo-hotel:" + guest, reply),
                    new ProducerRecord<>(Topics.REPLIES_COMPOSED, "whatsapp:demo-hotel:" + guest, reply))
                    .awaitCompletion();
        }

        var sent = postRequestedFor(urlEqualTo("/v23.0/106540352242922/messages"))
                .withHeader("Authorization", equalTo("Bearer local-access-token"))
                .withRequestBody(matchingJsonPath("$.messaging_product", equalTo("whatsapp")))
                .withRequestBody(matchingJsonPath("$.to", equalTo(guest)))
                .withRequestBody(matchingJsonPath("$.type", equalTo("text")))
                .withRequestBody(matchingJsonPath("$.text.body", equalTo(
                        "Sí: del 3 al 5 de diciembre (2 noches) tenemos la doble estándar por 180,00 EUR. ¿La reservo?")))
                .withRequestBody(matchingJsonPath("$.biz_opaque_callback_data", equalTo(eventId)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> graphApi.verify(1, sent));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3))
                .untilAsserted(() -> graphApi.verify(1, sent));
    }
}
