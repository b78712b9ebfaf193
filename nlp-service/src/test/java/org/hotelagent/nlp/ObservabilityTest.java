package org.hotelagent.nlp;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

import org.hotelagent.contracts.GoldenSamples;
import org.hotelagent.contracts.Topics;

@QuarkusTest
class ObservabilityTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void isReadyWithKafkaReachableAndTheLanguageModelAnswering() {
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Kafka connection health check", "language-model", "intent-model"))
                .body("checks.find { it.name == 'language-model' }.data.pt", equalTo("pt"))
                .body("checks.find { it.name == 'intent-model' }.data.booking", equalTo("make_reservation"));
    }

    @Test
    void isLive() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void exposesPrometheusMetrics() {
        given().contentType(ContentType.JSON).body("{\"text\":\"Do you have a room for two tonight?\"}")
                .post("/api/interpretations").then().statusCode(200);

        given().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/api/interpretations\""));
    }

    @Test
    void publishesItsOpenApiDocumentAndSwaggerUi() {
        given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("nlp-service"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    /**
     * Off, the SDK exports nothing, yet the messaging connector's propagators still carry an incoming trace id on to
     * what the consumer publishes, so the Kafka hops of one guest message keep one trace id.
     */
    @Test
    void passesTheTraceIdOnWhileTracingIsOff() {
        var eventId = UUID.randomUUID().toString();
        var conversation = "whatsapp:demo-hotel:" + UUID.randomUUID();
        var json = GoldenSamples.json("messages-received.text")
                .replace("0b6f2c1e-5a43-4d3c-9e0a-6f1b7d2c8a01", eventId)
                .replace("whatsapp:demo-hotel:16505551234", conversation);
        var received = new ProducerRecord<>(Topics.MESSAGES_RECEIVED, conversation, json);
        received.headers().add("traceparent",
                "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01".getBytes(StandardCharsets.US_ASCII));

        try (var kafka = new KafkaCompanion(bootstrapServers);
             var out = kafka.consumeStrings().withGroupId("test-" + UUID.randomUUID())
                     .withOffsetReset(OffsetResetStrategy.EARLIEST).fromTopics(Topics.MESSAGES_INTERPRETED)) {
            kafka.produceStrings().fromRecords(received).awaitCompletion();

            await().atMost(Duration.ofSeconds(30)).until(() -> out.getRecords().stream()
                    .anyMatch(r -> r.value().contains(eventId)));
            var interpreted = out.getRecords().stream().filter(r -> r.value().contains(eventId)).findFirst()
                    .orElseThrow();
            assertThat(new String(interpreted.headers().lastHeader("traceparent").value(), StandardCharsets.US_ASCII))
                    .startsWith("00-0af7651916cd43dd8448eb211c80319c-");
        }
    }
}
