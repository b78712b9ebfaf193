package org.hotelagent.nlp.consumer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

import org.hotelagent.contracts.GoldenSamples;
import org.hotelagent.contracts.Topics;
import org.hotelagent.contracts.message.MessageBody;
import org.hotelagent.contracts.nlp.Entity;
import org.hotelagent.contracts.nlp.EntityType;
import org.hotelagent.contracts.nlp.Intent;
import org.hotelagent.contracts.nlp.MessageInterpreted;
import org.hotelagent.nlp.support.AudioServiceStandIn;

@QuarkusTest
@QuarkusTestResource(AudioServiceStandIn.class)
class InboundMessageConsumerVoiceTest {

    private static final String GOLDEN_EVENT_ID = "4e0c9a7b-1f2d-4c3b-a5e6-7f8091a2b3c4";
    private static final String GOLDEN_CONVERSATION = "whatsapp:demo-hotel:PE.104729385610274";
    private static final String GOLDEN_DATA = "\"data\": \"T2dnUw==\"";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    WireMockServer audioService;

    @AfterEach
    void closeCircuits() {
        circuitBreakers.resetAll();
    }

    @Test
    void interpretsTheTranscriptOfAVoiceNote() throws Exception {
        var audio = uniqueRecording();
        audioService.stubFor(post(urlPathEqualTo(AudioServiceStandIn.TRANSCRIPTIONS))
                .withQueryParam("language", equalTo("en"))
                .withHeader("Content-Type", equalTo("audio/ogg; codecs=opus"))
                .withRequestBody(binaryEqualTo(audio))
                .willReturn(AudioServiceStandIn.transcript("do you have a double room for tomorrow", 0.87, "en")));

        var interpreted = interpretationOf(voiceNote(audio));

        assertThat(interpreted.text()).isEqualTo("do you have a double room for tomorrow");
        assertThat(interpreted.transcription().confidence()).isEqualTo(0.87);
        assertThat(interpreted.transcription().durationMillis()).isEqualTo(2400);
        assertThat(interpreted.language()).isEqualTo("en");
        assertThat(interpreted.intent().intent()).isEqualTo(Intent.check_availability);
        assertThat(interpreted.entities()).extracting(Entity::type, Entity::value)
                .contains(tuple(EntityType.room_type, "double"));
        assertThat(((MessageBody.Audio) interpreted.body()).media().data()).isNull();
    }

    @Test
    void publishesWithoutTextWhenNoConfiguredLanguageIsAvailable() throws Exception {
        var audio = uniqueRecording();
        audioService.stubFor(post(urlPathEqualTo(AudioServiceStandIn.TRANSCRIPTIONS))
                .withRequestBody(binaryEqualTo(audio))
                .willReturn(AudioServiceStandIn.problem(422, "language-unavailable")));

        var interpreted = interpretationOf(voiceNote(audio));

        assertUntranscribed(interpreted);
        audioService.verify(exactly(1), postRequestedFor(urlPathEqualTo(AudioServiceStandIn.TRANSCRIPTIONS))
                .withQueryParam("language", equalTo("en")).withRequestBody(binaryEqualTo(audio)));
    }

    @Test
    void publishesWithoutTextWhenAudioServiceFails() throws Exception {
        var audio = uniqueRecording();
        audioService.stubFor(post(urlPathEqualTo(AudioServiceStandIn.TRANSCRIPTIONS))
                .withRequestBody(binaryEqualTo(audio))
                .willReturn(aResponse().withStatus(500)));

        assertUntranscribed(interpretationOf(voiceNote(audio)));
    }

    @Test
    void publishesWithoutTextWhenAudioServiceIsTooSlow() throws Exception {
        var audio = uniqueRecording();
        audioService.stubFor(post(urlPathEqualTo(AudioServiceStandIn.TRANSCRIPTIONS))
                .withRequestBody(binaryEqualTo(audio))
                .willReturn(AudioServiceStandIn.transcript("too late to matter", 0.9, "en").withFixedDelay(10_000)));

        // The test timeout is 3 s: had the answer been awaited, the text would be set.
        assertUntranscribed(interpretationOf(voiceNote(audio)));
    }

    @Test
    void doesNotCallAudioServiceForAVoiceNoteWithoutInlineBytes() throws Exception {
        audioService.resetRequests();
        var received = voiceNote(null);

        var interpreted = interpretationOf(received);

        assertUntranscribed(interpreted);
        audioService.verify(exactly(0), postRequestedFor(urlPathEqualTo(AudioServiceStandIn.TRANSCRIPTIONS)));
    }

    private static void assertUntranscribed(MessageInterpreted interpreted) {
        assertThat(interpreted.text()).isNull();
        assertThat(interpreted.transcription()).isNull();
        assertThat(interpreted.intent()).isNull();
        assertThat(interpreted.body()).isInstanceOf(MessageBody.Audio.class);
    }

    private static byte[] uniqueRecording() {
        return ("OggS" + UUID.randomUUID()).getBytes(StandardCharsets.US_ASCII);
    }

    /** The golden voice note with a fresh event id and conversation; {@code audio} null means not inline. */
    private static Received voiceNote(byte[] audio) {
        var eventId = UUID.randomUUID().toString();
        var conversation = "whatsapp:demo-hotel:" + UUID.randomUUID();
        var media = audio == null ? "\"omittedReason\": \"too-large\""
                : "\"data\": \"" + Base64.getEncoder().encodeToString(audio) + "\"";
        var json = GoldenSamples.json("messages-received.voice").replace(GOLDEN_EVENT_ID, eventId)
                .replace(GOLDEN_CONVERSATION, conversation).replace(GOLDEN_DATA, media);
        return new Received(eventId, conversation, json);
    }

    private MessageInterpreted interpretationOf(Received received) throws Exception {
        try (var kafka = new KafkaCompanion(bootstrapServers);
             var out = kafka.consumeStrings().withGroupId("test-" + UUID.randomUUID())
                     .withOffsetReset(OffsetResetStrategy.EARLIEST).fromTopics(Topics.MESSAGES_INTERPRETED)) {
            kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.MESSAGES_RECEIVED, received.conversation(),
                    received.json())).awaitCompletion();

            await().atMost(Duration.ofSeconds(30)).until(() -> out.getRecords().stream()
                    .anyMatch(r -> r.value().contains(received.eventId())));
            var record = out.getRecords().stream().filter(r -> r.value().contains(received.eventId()))
                    .findFirst().orElseThrow();
            assertThat(record.key()).isEqualTo(received.conversation());
            return GoldenSamples.MAPPER.readValue(record.value(), MessageInterpreted.class);
        }
    }

    private record Received(String eventId, String conversation, String json) {
    }
}
