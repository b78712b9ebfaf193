package org.hotelagent.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hotelagent.gateway.support.SignedWebhook.consume;
import static org.hotelagent.gateway.support.SignedWebhook.matching;
import static org.hotelagent.gateway.support.SignedWebhook.post;
import static org.hotelagent.gateway.support.SignedWebhook.read;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

import org.hotelagent.contracts.Topics;
import org.hotelagent.contracts.message.DeliveryError;
import org.hotelagent.contracts.message.DeliveryReported;
import org.hotelagent.contracts.message.DeliveryStatus;
import org.hotelagent.gateway.support.GraphApiStandIn;
import org.hotelagent.gateway.support.Webhooks;

@QuarkusTest
@QuarkusTestResource(GraphApiStandIn.class)
class DeliveryReportTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void reportsEachStatusOnceAndOnlyForwardWithTheReplyFromOurCallbackData() {
        var wamid = Webhooks.wamid();
        var guest = Webhooks.guestNumber();
        var reply = UUID.randomUUID().toString();
        try (var kafka = new KafkaCompanion(bootstrapServers);
             var records = consume(kafka, Topics.DELIVERIES_REPORTED)) {

            post(status("status-sent.json", wamid, reply, guest)).then().statusCode(200);
            post(status("status-read.json", wamid, reply, guest)).then().statusCode(200);
            post(status("status-delivered.json", wamid, reply, guest)).then().statusCode(200);
            post(status("status-read.json", wamid, reply, guest)).then().statusCode(200);
            post(status("status-played.json", wamid, reply, guest)).then().statusCode(200);
            post(status("status-failed-131047.json", wamid, reply, guest)).then().statusCode(200);
            post(status("status-delivered.json", wamid, reply, guest)).then().statusCode(200);
            post(status("status-sent.json", wamid, reply, guest)).then().statusCode(200);

            await().atMost(Duration.ofSeconds(30)).until(() -> matching(records, v -> v.contains(wamid)).stream()
                    .anyMatch(r -> r.value().contains("\"failed\"")));
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
            var reports = matching(records, v -> v.contains(wamid)).stream()
                    .map(r -> read(r.value(), DeliveryReported.class)).toList();
            assertThat(reports).extracting(DeliveryReported::status).containsExactly(DeliveryStatus.SENT,
                    DeliveryStatus.READ, DeliveryStatus.PLAYED, DeliveryStatus.FAILED);
            assertThat(reports).allSatisfy(report -> {
                assertThat(report.conversationId()).isEqualTo("whatsapp:demo-hotel:" + guest);
                assertThat(report.hotelId()).isEqualTo("demo-hotel");
            });
            assertThat(reports.get(1).replyEventId()).hasToString(reply);
            assertThat(reports.get(0).occurredAt()).isEqualTo(Instant.ofEpochSecond(1750030073));
            assertThat(reports.getLast().error()).isEqualTo(new DeliveryError("131047", "Re-engagement message",
                    "Message failed to send because more than 24 hours have passed since the customer last replied "
                            + "to this number."));
            assertThat(reports).extracting(DeliveryReported::eventId).doesNotHaveDuplicates();
        }
    }

    @Test
    void reportsStatusesInOneBatchAndRepeatsNoneWhenMetaRedelivers() {
        var wamid = Webhooks.wamid();
        var guest = Webhooks.guestNumber();
        var batch = Webhooks.sample("inbound-batch.json")
                .replace("wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI1RjQyNUE3NEYxMzAzMzQ5MkEA", wamid)
                .replace("wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQjAwMDAwMDAwMDAwMDAwMDAwMQA=", Webhooks.wamid())
                .replace("wamid.HBgLMzQ2MDAxMTEyMjIVAgASGBQzQjAwMDAwMDAwMDAwMDAwMDAwMgA=", Webhooks.wamid())
                .replace("wamid.HBgNNDkxNTExMjM0NTY3OBUCABIYFDNCMDAwMDAwMDAwMDAwMDAwMDAzAA==", Webhooks.wamid())
                .replace("16505551234", guest);
        try (var kafka = new KafkaCompanion(bootstrapServers);
             var records = consume(kafka, Topics.DELIVERIES_REPORTED)) {

            post(batch).then().statusCode(200);
            post(batch).then().statusCode(200);

            await().atMost(Duration.ofSeconds(30)).until(() -> !matching(records, v -> v.contains(wamid)).isEmpty());
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
            assertThat(matching(records, v -> v.contains(wamid))).singleElement().satisfies(record -> {
                assertThat(record.key()).isEqualTo("whatsapp:demo-hotel:" + guest);
                assertThat(read(record.value(), DeliveryReported.class).replyEventId())
                        .hasToString("c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f");
            });
        }
    }

    private static String status(String fixture, String wamid, String reply, String guest) {
        return Webhooks.status(fixture, wamid, reply).replace("16505551234", guest);
    }
}
