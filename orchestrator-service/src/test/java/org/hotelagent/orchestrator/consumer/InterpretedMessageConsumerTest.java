package org.hotelagent.orchestrator.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import org.hotelagent.contracts.GoldenSamples;
import org.hotelagent.contracts.Topics;
import org.hotelagent.contracts.dialogue.ReplyComposed;
import org.hotelagent.orchestrator.persistence.DataCipher;

@QuarkusTest
class InterpretedMessageConsumerTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Pool pool;

    @Inject
    DataCipher cipher;

    @Test
    void asksForWhatTheBookingLacksInTheGuestsLanguageAndRecordsTheTurnOnceWhenRedelivered() throws Exception {
        var eventId = UUID.randomUUID().toString();
        var conversation = "whatsapp:demo-hotel:" + UUID.randomUUID();
        var interpreted = GoldenSamples.json("messages-interpreted")
                .replace("9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d", eventId)
                .replace("whatsapp:demo-hotel:16505551234", conversation);

        try (var kafka = new KafkaCompanion(bootstrapServers);
             var out = kafka.consumeStrings().withGroupId("test-" + UUID.randomUUID())
                     .withOffsetReset(OffsetResetStrategy.EARLIEST).fromTopics(Topics.REPLIES_COMPOSED)) {
            var record = new ProducerRecord<>(Topics.MESSAGES_INTERPRETED, conversation, interpreted);
            kafka.produceStrings().fromRecords(record, record).awaitCompletion();

            await().atMost(Duration.ofSeconds(20)).until(() -> out.getRecords().stream()
                    .filter(r -> answers(r.value(), eventId)).count() == 2);
            var replies = out.getRecords().stream().filter(r -> answers(r.value(), eventId))
                    .map(r -> read(r.value())).toList();

            assertThat(replies).extracting(ReplyComposed::eventId).containsOnly(replies.getFirst().eventId());
            var reply = replies.getFirst();
            assertThat(reply.language()).isEqualTo("es");
            assertThat(reply.text()).isEqualTo("¿Cuántas personas seréis, adultos y niños?");
            assertThat(reply.inReplyToEventId()).hasToString(eventId);
            assertThat(reply.recipient().address()).isEqualTo("16505551234");
            assertThat(reply.conversationId()).isEqualTo(conversation);
            var turns = pool.preparedQuery("select count(*) from turns where conversation_id = $1")
                    .execute(Tuple.of(cipher.index(conversation))).await().indefinitely().iterator().next().getLong(0);
            assertThat(turns).isEqualTo(1);
        }
    }

    @Test
    void asksForTextWhenTheMessageHasNone() throws Exception {
        var eventId = UUID.randomUUID().toString();
        var conversation = "whatsapp:demo-hotel:" + UUID.randomUUID();
        var interpreted = GoldenSamples.json("messages-interpreted")
                .replace("9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d", eventId)
                .replace("whatsapp:demo-hotel:16505551234", conversation)
                .replace("\"text\": \"Hola, ¿tienen habitación doble del 3 al 5 de diciembre?\",", "")
                .replace("\"language\": \"es\"", "\"language\": \"pt\"");

        var reply = reply(withoutIntentOrEntities(interpreted));

        assertThat(reply.text()).contains("só consigo ler mensagens de texto");
    }

    @Test
    void answersHotelQuestionsFromTheHotelsStoredKnowledge() throws Exception {
        var eventId = UUID.randomUUID().toString();
        var conversation = "whatsapp:demo-hotel:" + UUID.randomUUID();
        var interpreted = GoldenSamples.json("messages-interpreted")
                .replace("9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d", eventId)
                .replace("whatsapp:demo-hotel:16505551234", conversation)
                .replace("\"text\": \"Hola, ¿tienen habitación doble del 3 al 5 de diciembre?\"",
                        "\"text\": \"Do you have parking? And what time is breakfast?\"")
                .replace("\"language\": \"es\"", "\"language\": \"en\"")
                .replace("\"intent\": \"check_availability\"", "\"intent\": \"hotel_info\"");

        var reply = reply(withoutEntities(interpreted));

        assertThat(reply.language()).isEqualTo("en");
        assertThat(reply.text()).isEqualTo("Yes, we have underground parking at the hotel for €18 per day; no "
                + "need to book it.\n\nBreakfast is a buffet from 7:30 to 10:30 (weekends until 11:00) and costs "
                + "€14 per person.");
    }

    @Test
    void answersSmallTalkOnlyWhenTheIntentIsConfident() throws Exception {
        var sure = reply(interpretedAs("greeting", "0.93", "hola!!"));
        var unsure = reply(interpretedAs("greeting", "0.31", "hola!!"));
        var thanks = reply(interpretedAs("thanks", "0.88", "muchas gracias"));

        assertThat(sure.text()).isEqualTo("¡Hola, Sheena! Soy el asistente virtual del hotel. ¿En qué puedo ayudarte?");
        assertThat(unsure.text()).isEqualTo("¡Hola, Sheena! Soy el asistente virtual del hotel y he recibido tu "
                + "mensaje: «hola!!».");
        assertThat(thanks.text()).isEqualTo("¡De nada! ¿Puedo ayudarte en algo más?");
    }

    /** The golden sample asks for a room on dates; these tests are about what is said outside a booking. */
    private static String withoutEntities(String interpreted) {
        try {
            var event = (ObjectNode) GoldenSamples.MAPPER.readTree(interpreted);
            event.putArray("entities");
            return GoldenSamples.MAPPER.writeValueAsString(event);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** A message without text (a sticker) has neither intent nor entities. */
    private static String withoutIntentOrEntities(String interpreted) {
        try {
            var event = (ObjectNode) GoldenSamples.MAPPER.readTree(withoutEntities(interpreted));
            event.remove(List.of("intent", "runnerUp"));
            return GoldenSamples.MAPPER.writeValueAsString(event);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String interpretedAs(String intent, String confidence, String text) {
        return withoutEntities(GoldenSamples.json("messages-interpreted")
                .replace("9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d", UUID.randomUUID().toString())
                .replace("whatsapp:demo-hotel:16505551234", "whatsapp:demo-hotel:" + UUID.randomUUID())
                .replace("\"intent\": \"check_availability\"", "\"intent\": \"" + intent + "\"")
                .replace("\"confidence\": 0.91", "\"confidence\": " + confidence)
                .replace("Hola, ¿tienen habitación doble del 3 al 5 de diciembre?", text));
    }

    private ReplyComposed reply(String interpreted) throws Exception {
        var event = GoldenSamples.MAPPER.readTree(interpreted);
        var eventId = event.path("eventId").asText();
        var conversation = event.path("conversationId").asText();
        try (var kafka = new KafkaCompanion(bootstrapServers);
             var out = kafka.consumeStrings().withGroupId("test-" + UUID.randomUUID())
                     .withOffsetReset(OffsetResetStrategy.EARLIEST).fromTopics(Topics.REPLIES_COMPOSED)) {
            kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.MESSAGES_INTERPRETED, conversation,
                    interpreted)).awaitCompletion();

            await().atMost(Duration.ofSeconds(20)).until(() -> out.getRecords().stream()
                    .anyMatch(r -> answers(r.value(), eventId)));
            return out.getRecords().stream().filter(r -> answers(r.value(), eventId))
                    .map(r -> read(r.value())).findFirst().orElseThrow();
        }
    }

    /**
     * A reply of the service under test to {@code eventId}: a suite or e2e orchestrator sharing the broker answers
     * too, but never at the test profile's fixed clock.
     */
    private static boolean answers(String reply, String eventId) {
        return reply.contains(eventId) && reply.contains("\"occurredAt\":\"2026-11-25T10:00:00Z\"");
    }

    private static ReplyComposed read(String json) {
        try {
            return GoldenSamples.MAPPER.readValue(json, ReplyComposed.class);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
