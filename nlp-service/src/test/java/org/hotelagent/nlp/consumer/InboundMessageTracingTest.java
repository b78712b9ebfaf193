package org.hotelagent.nlp.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

import org.hotelagent.contracts.GoldenSamples;
import org.hotelagent.contracts.Topics;

/** With tracing on, a guest message's trace goes on through nlp-service: in by Kafka header, out by Kafka header. */
@QuarkusTest
@TestProfile(InboundMessageTracingTest.TracingOn.class)
class InboundMessageTracingTest {

    /** The SDK on, exporting only to the in-memory exporter: no OTLP exporter, so no collector is needed. */
    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false",
                    "quarkus.otel.exporter.otlp.enabled", "false",
                    "quarkus.otel.bsp.schedule.delay", "PT0.05S");
        }
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    InMemorySpanExporter spans;

    @Test
    void continuesTheTraceOfTheReceivedMessageIntoTheInterpretedOne() {
        var traceId = hex(16);
        var parentSpanId = hex(8);
        var eventId = UUID.randomUUID().toString();
        var conversation = "whatsapp:demo-hotel:" + UUID.randomUUID();
        var json = GoldenSamples.json("messages-received.text")
                .replace("0b6f2c1e-5a43-4d3c-9e0a-6f1b7d2c8a01", eventId)
                .replace("whatsapp:demo-hotel:16505551234", conversation);
        var received = new ProducerRecord<>(Topics.MESSAGES_RECEIVED, conversation, json);
        received.headers().add("traceparent",
                ("00-" + traceId + "-" + parentSpanId + "-01").getBytes(StandardCharsets.US_ASCII));

        var interpreted = interpretationOf(received, eventId);

        var traceparent = new String(interpreted.headers().lastHeader("traceparent").value(),
                StandardCharsets.US_ASCII);
        assertThat(traceparent).startsWith("00-" + traceId + "-").doesNotContain(parentSpanId);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(spans.getFinishedSpanItems())
                .filteredOn(span -> span.getTraceId().equals(traceId))
                .extracting(SpanData::getKind)
                .contains(SpanKind.CONSUMER, SpanKind.PRODUCER));
        assertThat(spans.getFinishedSpanItems()).filteredOn(span -> span.getKind() == SpanKind.CONSUMER
                        && span.getTraceId().equals(traceId))
                .extracting(SpanData::getParentSpanId).containsOnly(parentSpanId);
    }

    private ConsumerRecord<String, String> interpretationOf(ProducerRecord<String, String> received, String eventId) {
        try (var kafka = new KafkaCompanion(bootstrapServers);
             var out = kafka.consumeStrings().withGroupId("test-" + UUID.randomUUID())
                     .withOffsetReset(OffsetResetStrategy.EARLIEST).fromTopics(Topics.MESSAGES_INTERPRETED)) {
            kafka.produceStrings().fromRecords(received).awaitCompletion();

            await().atMost(Duration.ofSeconds(30)).until(() -> out.getRecords().stream()
                    .anyMatch(r -> r.value().contains(eventId)));
            return out.getRecords().stream().filter(r -> r.value().contains(eventId)).findFirst().orElseThrow();
        }
    }

    private static String hex(int bytes) {
        var random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
