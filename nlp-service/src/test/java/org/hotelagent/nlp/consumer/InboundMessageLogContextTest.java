package org.hotelagent.nlp.consumer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.logging.Log;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

import org.hotelagent.contracts.GoldenSamples;
import org.hotelagent.contracts.Topics;
import org.hotelagent.nlp.support.AudioServiceStandIn;
import org.hotelagent.observability.CapturedLogs;
import org.hotelagent.observability.LogContext;

@QuarkusTest
@QuarkusTestResource(AudioServiceStandIn.class)
class InboundMessageLogContextTest {

    private static final String GOLDEN_CONVERSATION = "whatsapp:demo-hotel:PE.104729385610274";
    private static final String GOLDEN_CORRELATION = "a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d";
    private static final String GOLDEN_DATA = "\"data\": \"T2dnUw==\"";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @Inject
    Vertx vertx;

    WireMockServer audioService;

    @AfterEach
    void closeCircuits() {
        circuitBreakers.resetAll();
    }

    @Test
    void logsTheHotelTheMaskedConversationAndTheCorrelationWhileHandlingAMessage() throws Exception {
        var phone = "34" + (600_000_000 + ThreadLocalRandom.current().nextInt(99_999_999));
        var correlation = UUID.randomUUID().toString();
        var audio = ("OggS" + UUID.randomUUID()).getBytes(StandardCharsets.US_ASCII);
        audioService.stubFor(post(urlPathEqualTo(AudioServiceStandIn.TRANSCRIPTIONS))
                .withRequestBody(binaryEqualTo(audio)).willReturn(aResponse().withStatus(500)));
        var json = GoldenSamples.json("messages-received.voice")
                .replace("4e0c9a7b-1f2d-4c3b-a5e6-7f8091a2b3c4", UUID.randomUUID().toString())
                .replace(GOLDEN_CONVERSATION, "whatsapp:demo-hotel:" + phone).replace(GOLDEN_CORRELATION, correlation)
                .replace(GOLDEN_DATA, "\"data\": \"" + Base64.getEncoder().encodeToString(audio) + "\"");

        try (var logs = CapturedLogs.start(); var kafka = new KafkaCompanion(bootstrapServers)) {
            kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.MESSAGES_RECEIVED,
                    "whatsapp:demo-hotel:" + phone, json)).awaitCompletion();

            // audio-service's failure is logged on the event loop, after the REST call: inside the handling.
            await().atMost(Duration.ofSeconds(30)).until(() -> logs.lines().stream()
                    .anyMatch(line -> line.message().contains("could not transcribe")
                            && correlation.equals(line.mdc().get(LogContext.CORRELATION_ID))));
            var line = logs.lines().stream().filter(l -> l.message().contains("could not transcribe")
                    && correlation.equals(l.mdc().get(LogContext.CORRELATION_ID))).findFirst().orElseThrow();

            assertThat(line.mdc()).containsEntry(LogContext.HOTEL_ID, "demo-hotel")
                    .containsEntry(LogContext.CONVERSATION_ID, "whatsapp:demo-hotel:***" + phone.substring(7));
            assertThat(logs.lines()).noneMatch(l -> l.message().contains(phone) || l.mdc().toString().contains(phone));
        }
    }

    @Test
    void keepsTheContextAcrossTheWorkerHopAndNotIntoTheNextMessageOnTheSameThread() throws Exception {
        var root = vertx.getOrCreateContext();
        var message = VertxContext.createNewDuplicatedContext(root);
        var nextMessage = VertxContext.createNewDuplicatedContext(root);
        var correlation = UUID.randomUUID().toString();

        try (var logs = CapturedLogs.start()) {
            onEventLoop(message, () -> {
                LogContext.put(correlation, "webchat:demo-hotel:" + UUID.randomUUID(), "demo-hotel");
                Log.info("handling " + correlation);
            });
            message.executeBlocking(() -> {
                Log.info("blocking step of " + correlation);
                return null;
            }).toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
            onEventLoop(nextMessage, () -> Log.info("next message after " + correlation));

            var handling = logs.containing("handling " + correlation);
            assertThat(handling.mdc()).containsEntry(LogContext.CORRELATION_ID, correlation);
            var blocking = logs.containing("blocking step of " + correlation);
            assertThat(blocking.thread()).isNotEqualTo(handling.thread());
            assertThat(blocking.mdc()).containsEntry(LogContext.CORRELATION_ID, correlation)
                    .containsEntry(LogContext.HOTEL_ID, "demo-hotel");
            var next = logs.containing("next message after " + correlation);
            assertThat(next.thread()).isEqualTo(handling.thread());
            assertThat(next.mdc()).doesNotContainKeys(LogContext.CORRELATION_ID, LogContext.CONVERSATION_ID,
                    LogContext.HOTEL_ID);
        }
    }

    @Test
    void restoresThePreviousContextWhenAScopeCloses() {
        var correlation = UUID.randomUUID().toString();

        try (var logs = CapturedLogs.start()) {
            try (var ignored = LogContext.scoped(correlation, "email:demo-hotel:ana@example.com", "demo-hotel")) {
                Log.info("inside " + correlation);
            }
            Log.info("after " + correlation);

            assertThat(logs.containing("inside " + correlation).mdc())
                    .containsEntry(LogContext.CONVERSATION_ID, "email:demo-hotel:a***@example.com");
            assertThat(logs.containing("after " + correlation).mdc()).doesNotContainKeys(LogContext.CORRELATION_ID,
                    LogContext.CONVERSATION_ID, LogContext.HOTEL_ID);
        }
    }

    private static void onEventLoop(Context context, Runnable task) throws Exception {
        var done = new CompletableFuture<Void>();
        context.runOnContext(ignored -> {
            task.run();
            done.complete(null);
        });
        done.get(5, TimeUnit.SECONDS);
    }
}
