package org.hotelagent.gateway.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

import org.hotelagent.contracts.GoldenSamples;
import org.hotelagent.contracts.Topics;
import org.hotelagent.contracts.message.InboundMessageReceived;
import org.hotelagent.gateway.domain.WebhookSignature;

/** Posts webhook bytes exactly as given, signed as Meta signs them; reads topics from the start, fresh group. */
public final class SignedWebhook {

    /** The test profile's app secret ({@code gateway.whatsapp.app-secrets}). */
    public static final String SECRET = "local-app-secret";

    private SignedWebhook() {
    }

    public static Response post(String body) {
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        return given().body(bytes).contentType("application/json")
                .header("X-Hub-Signature-256", WebhookSignature.sign(SECRET, bytes))
                .post("/api/webhooks/whatsapp");
    }

    public static ConsumerTask<String, String> consume(KafkaCompanion kafka, String topic) {
        return kafka.consumeStrings().withGroupId("test-" + UUID.randomUUID())
                .withOffsetReset(OffsetResetStrategy.EARLIEST).fromTopics(topic);
    }

    public static List<ConsumerRecord<String, String>> matching(ConsumerTask<String, String> records,
                                                                Predicate<String> value) {
        return records.getRecords().stream().filter(r -> value.test(r.value())).toList();
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return GoldenSamples.MAPPER.readValue(json, type);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /**
     * The {@code messages-received} events keyed {@code key} published while {@code act} runs, once one containing
     * {@code last} is in (and two seconds more, so a duplicate would be seen).
     */
    public static List<InboundMessageReceived> published(String bootstrapServers, String key, String last,
                                                         Runnable act) {
        try (var kafka = new KafkaCompanion(bootstrapServers);
             var records = consume(kafka, Topics.MESSAGES_RECEIVED)) {
            act.run();
            await().atMost(Duration.ofSeconds(30)).until(() -> records.getRecords().stream()
                    .anyMatch(r -> r.value().contains(last)));
            await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
            return records.getRecords().stream().filter(r -> key.equals(r.key()))
                    .map(r -> read(r.value(), InboundMessageReceived.class)).toList();
        }
    }
}
