package org.hotelagent.orchestrator.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.ProducerRecord;

import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

import org.hotelagent.contracts.Channel;
import org.hotelagent.contracts.GoldenSamples;
import org.hotelagent.contracts.GuestRef;
import org.hotelagent.contracts.Topics;
import org.hotelagent.contracts.dialogue.ReplyComposed;
import org.hotelagent.contracts.message.MediaRef;
import org.hotelagent.contracts.message.MessageBody;
import org.hotelagent.contracts.nlp.Entity;
import org.hotelagent.contracts.nlp.EntityType;
import org.hotelagent.contracts.nlp.Intent;
import org.hotelagent.contracts.nlp.IntentScore;
import org.hotelagent.contracts.nlp.MessageInterpreted;
import org.hotelagent.contracts.nlp.Sentiment;
import org.hotelagent.contracts.nlp.Transcription;

/**
 * One guest talking to the orchestrator through the real broker: each message is published on
 * {@code messages-interpreted} as nlp-service would (intent, entities with normalised values), and the reply read
 * from {@code replies-composed}. Remembers everything said, for fact checks.
 */
public final class GuestChat implements AutoCloseable {

    /** {@code %test.orchestrator.clock.fixed}. */
    private static final Instant TEST_CLOCK = Instant.parse("2026-11-25T10:00:00Z");

    private final KafkaCompanion kafka;
    private final ConsumerTask<String, String> replies;
    private final String hotel;
    private final GuestRef guest;
    private final String conversation;
    private final String locale;
    private final List<MessageInterpreted> sent = new ArrayList<>();
    private final List<ReplyComposed> received = new ArrayList<>();

    public GuestChat(String bootstrapServers, String hotel, String address, String name) {
        this(bootstrapServers, hotel, address, name, null);
    }

    /** A guest whose channel tells their locale, as the gateway reads it off a WhatsApp number (351… is pt-PT). */
    public GuestChat(String bootstrapServers, String hotel, String address, String name, String locale) {
        this.kafka = new KafkaCompanion(bootstrapServers);
        this.replies = kafka.consumeStrings().withGroupId("test-" + UUID.randomUUID())
                .withOffsetReset(OffsetResetStrategy.EARLIEST).fromTopics(Topics.REPLIES_COMPOSED);
        this.hotel = hotel;
        this.guest = new GuestRef(address, null, name);
        this.conversation = "whatsapp:" + hotel + ":" + address;
        this.locale = locale;
    }

    public static Entity entity(EntityType type, String text, String value) {
        return new Entity(type, 0, text.length(), text, value, null, null);
    }

    /** A value the guest is replacing ("no el 5"). */
    public static Entity previous(EntityType type, String text, String value) {
        return new Entity(type, 0, text.length(), text, value, null, "previous");
    }

    public String conversationId() {
        return conversation;
    }

    public ReplyComposed says(String language, String text, Intent intent, Entity... entities) {
        return send(message(language, text, intent, new MessageBody.Text(text, null), entities));
    }

    /** A voice note, as nlp passes it on: the transcript as text, how it was heard, and the audio by reference. */
    public ReplyComposed speaks(String language, String transcript, Intent intent, Entity... entities) {
        return send(voiceNote(language, transcript, intent, entities));
    }

    public MessageInterpreted voiceNote(String language, String transcript, Intent intent, Entity... entities) {
        var typed = message(language, transcript, intent, new MessageBody.Audio(new MediaRef("media-"
                + UUID.randomUUID(), "audio/ogg", null, 4_096L, null, "by-reference"), true), entities);
        return new MessageInterpreted(typed.eventId(), typed.occurredAt(), typed.conversationId(), typed.hotelId(),
                typed.correlationId(), typed.sourceEventId(), typed.channel(), typed.channelMessageId(),
                typed.guest(), transcript, new Transcription(0.92, 2_400), language, typed.languageConfidence(),
                typed.intent(), null, typed.entities(), typed.sentiment(), typed.body(), locale);
    }

    /** A tap on a button or list row we sent, which nlp passes on with the row's title as text. */
    public ReplyComposed taps(String language, String title, String id, Intent intent) {
        return send(message(language, title, intent,
                new MessageBody.Choice(MessageBody.ChoiceKind.button, id, title, null)));
    }

    public MessageInterpreted message(String language, String text, Intent intent, MessageBody body,
                                      Entity... entities) {
        return message(language, 0.95, text, intent, body, entities);
    }

    /** A typed message whose language nlp detected with {@code languageConfidence} (0: assumed, too short). */
    public ReplyComposed says(String language, double languageConfidence, String text, Intent intent,
                              Entity... entities) {
        return send(message(language, languageConfidence, text, intent, new MessageBody.Text(text, null), entities));
    }

    private MessageInterpreted message(String language, double languageConfidence, String text, Intent intent,
                                       MessageBody body, Entity... entities) {
        return new MessageInterpreted(UUID.randomUUID(), Instant.now(), conversation, hotel,
                UUID.randomUUID().toString(), UUID.randomUUID(), Channel.WHATSAPP, "wamid." + UUID.randomUUID(),
                guest, text, null, language, languageConfidence, new IntentScore(intent, 0.9), null,
                List.of(entities), Sentiment.NEUTRAL, body, locale);
    }

    /** Publishes {@code message} and waits for the reply to it. */
    public ReplyComposed send(MessageInterpreted message) {
        publish(message);
        sent.add(message);
        var reply = awaitReply(message.eventId(), null, Duration.ofSeconds(20));
        received.add(reply);
        return reply;
    }

    public void publish(MessageInterpreted message) {
        kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.MESSAGES_INTERPRETED, conversation,
                write(message))).awaitCompletion();
    }

    /** A second reply to {@code message}, other than {@code first}: the answer after a PMS outage. */
    public ReplyComposed awaitFollowUp(ReplyComposed first, Duration atMost) {
        var reply = awaitReply(first.inReplyToEventId(), first.eventId(), atMost);
        received.add(reply);
        return reply;
    }

    /**
     * Every reply event published for {@code messageEventId} so far by the service under test, told from any other
     * orchestrator sharing the broker (a suite or e2e run) by the test profile's fixed clock.
     */
    public List<ReplyComposed> repliesTo(UUID messageEventId) {
        return replies.getRecords().stream().map(ConsumerRecord::value).filter(v -> v.contains(conversation))
                .map(GuestChat::read).filter(r -> messageEventId.equals(r.inReplyToEventId()))
                .filter(r -> TEST_CLOCK.equals(r.occurredAt())).toList();
    }

    public List<MessageInterpreted> sent() {
        return sent;
    }

    public List<ReplyComposed> received() {
        return received;
    }

    private ReplyComposed awaitReply(UUID messageEventId, UUID other, Duration atMost) {
        await().atMost(atMost).until(() -> repliesTo(messageEventId).stream()
                .anyMatch(r -> !r.eventId().equals(other)));
        return repliesTo(messageEventId).stream().filter(r -> !r.eventId().equals(other)).findFirst().orElseThrow();
    }

    private static String write(Object value) {
        try {
            return GoldenSamples.MAPPER.writeValueAsString(value);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static ReplyComposed read(String json) {
        try {
            return GoldenSamples.MAPPER.readValue(json, ReplyComposed.class);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        replies.close();
        kafka.close();
    }
}
