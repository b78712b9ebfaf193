package org.hotelagent.nlp.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

import org.hotelagent.contracts.GoldenSamples;
import org.hotelagent.contracts.Topics;
import org.hotelagent.contracts.message.MessageBody;
import org.hotelagent.contracts.nlp.Entity;
import org.hotelagent.contracts.nlp.EntityType;
import org.hotelagent.contracts.nlp.Intent;
import org.hotelagent.contracts.nlp.MessageInterpreted;
import org.hotelagent.contracts.nlp.Sentiment;

@QuarkusTest
class InboundMessageConsumerTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void interpretsTheGoldenTextMessageKeyedByConversation() throws Exception {
        var eventId = UUID.randomUUID().toString();
        var conversation = "whatsapp:demo-hotel:" + UUID.randomUUID();
        var received = GoldenSamples.json("messages-received.text")
                .replace("0b6f2c1e-5a43-4d3c-9e0a-6f1b7d2c8a01", eventId)
                .replace("whatsapp:demo-hotel:16505551234", conversation);

        var record = interpretationOf(conversation, received, eventId);
        var interpreted = GoldenSamples.MAPPER.readValue(record.value(), MessageInterpreted.class);

        assertThat(record.key()).isEqualTo(conversation);
        assertThat(interpreted.sourceEventId()).hasToString(eventId);
        assertThat(interpreted.language()).isEqualTo("es");
        assertThat(interpreted.text()).isEqualTo("Hola, ¿tienen habitación doble del 3 al 5 de diciembre?");
        assertThat(interpreted.correlationId()).isEqualTo("7d1c3a52-8b0e-4f4e-b8a3-1e2f3a4b5c6d");
        assertThat(interpreted.body()).isInstanceOf(MessageBody.Text.class);
        assertThat(interpreted.intent().intent()).isEqualTo(Intent.check_availability);
        assertThat(interpreted.runnerUp().confidence()).isLessThan(interpreted.intent().confidence());
        assertThat(interpreted.entities()).extracting(Entity::type, Entity::value).contains(
                tuple(EntityType.room_type, "double"), tuple(EntityType.check_in, "2026-12-03"),
                tuple(EntityType.check_out, "2026-12-05"));
        assertThat(interpreted.sentiment()).isEqualTo(Sentiment.NEUTRAL);
        assertThat(interpreted.locale()).isEqualTo("en-US");
    }

    @Test
    void stripsInlineVoiceBytesFromWhatItPassesOn() throws Exception {
        var eventId = UUID.randomUUID().toString();
        var conversation = "whatsapp:demo-hotel:" + UUID.randomUUID();
        var received = GoldenSamples.json("messages-received.voice")
                .replace("4e0c9a7b-1f2d-4c3b-a5e6-7f8091a2b3c4", eventId)
                .replace("whatsapp:demo-hotel:PE.104729385610274", conversation);

        var interpreted = GoldenSamples.MAPPER.readValue(interpretationOf(conversation, received, eventId).value(),
                MessageInterpreted.class);
        var audio = (MessageBody.Audio) interpreted.body();

        assertThat(audio.media().data()).isNull();
        assertThat(audio.media().id()).isEqualTo("1037543291543636");
        assertThat(interpreted.intent()).isNull();
        assertThat(interpreted.locale()).isNull();
    }

    @Test
    void passesTheGuestsLocaleOnNormalisedAndDropsAMalformedOne() throws Exception {
        var portugal = interpretWithLocale("Bom dia, têm quartos livres para o fim de semana?", "pt-PT");
        var malformed = interpretWithLocale("Bom dia, têm quartos livres para o fim de semana?", "pt_PT");

        assertThat(portugal.locale()).isEqualTo("pt-PT");
        assertThat(portugal.language()).isEqualTo("pt");
        assertThat(malformed.locale()).isNull();
    }

    @Test
    void readsNumericDatesInTheGuestsLocale() throws Exception {
        var us = interpretWithLocale("can I get a room from 12/4 to 12/6?", "en-US");
        var mexico = interpretWithLocale("tienen habitación del 12/4 al 14/4?", "es-MX");

        assertThat(us.entities()).extracting(Entity::type, Entity::value).contains(
                tuple(EntityType.check_in, "2026-12-04"), tuple(EntityType.check_out, "2026-12-06"));
        assertThat(mexico.entities()).extracting(Entity::type, Entity::value).contains(
                tuple(EntityType.check_in, "2027-04-12"), tuple(EntityType.check_out, "2027-04-14"));
    }

    private MessageInterpreted interpretWithLocale(String text, String locale) throws Exception {
        var eventId = UUID.randomUUID().toString();
        var conversation = "whatsapp:demo-hotel:" + UUID.randomUUID();
        var received = GoldenSamples.json("messages-received.text")
                .replace("0b6f2c1e-5a43-4d3c-9e0a-6f1b7d2c8a01", eventId)
                .replace("whatsapp:demo-hotel:16505551234", conversation)
                .replace("Hola, ¿tienen habitación doble del 3 al 5 de diciembre?", text)
                .replace("\"locale\": \"en-US\"", "\"locale\": \"" + locale + "\"");

        return GoldenSamples.MAPPER.readValue(interpretationOf(conversation, received, eventId).value(),
                MessageInterpreted.class);
    }

    /** Publishes a received-message JSON and waits for the interpretation of {@code eventId} on the real broker. */
    private ConsumerRecord<String, String> interpretationOf(String conversation, String received, String eventId) {
        try (var kafka = new KafkaCompanion(bootstrapServers);
             var out = kafka.consumeStrings().withGroupId("test-" + UUID.randomUUID())
                     .withOffsetReset(OffsetResetStrategy.EARLIEST).fromTopics(Topics.MESSAGES_INTERPRETED)) {
            kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.MESSAGES_RECEIVED, conversation, received))
                    .awaitCompletion();

            await().atMost(Duration.ofSeconds(20)).until(() -> out.getRecords().stream()
                    .anyMatch(r -> r.value().contains(eventId)));
            return out.getRecords().stream().filter(r -> r.value().contains(eventId)).findFirst().orElseThrow();
        }
    }
}
