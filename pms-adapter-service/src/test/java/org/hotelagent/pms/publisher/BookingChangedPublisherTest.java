package org.hotelagent.pms.publisher;

import static io.restassured.RestAssured.given;
import static io.restassured.http.ContentType.JSON;
import static org.apache.kafka.clients.consumer.OffsetResetStrategy.EARLIEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hotelagent.pms.TestHotels.inDays;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.vertx.mutiny.sqlclient.Pool;

import org.hotelagent.contracts.GoldenSamples;
import org.hotelagent.contracts.Topics;
import org.hotelagent.contracts.booking.BookingChange;
import org.hotelagent.contracts.booking.BookingChanged;
import org.hotelagent.pms.Stays;
import org.hotelagent.pms.TestHotels;
import org.hotelagent.pms.qloapps.FakeQloApps;
import org.hotelagent.pms.qloapps.QloAppsStandIn;

@QuarkusTest
class BookingChangedPublisherTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Pool pool;

    @Inject
    ObjectMapper json;

    /** The QloApps stand-in, a global test resource. */
    FakeQloApps qloapps;

    @Test
    void publishesEveryChangeKeyedByConversationWithTheCorrelationId() throws Exception {
        var hotel = TestHotels.create(pool, 1);
        var conversation = "whatsapp:" + hotel + ":" + UUID.randomUUID();
        var correlation = UUID.randomUUID().toString();
        var checkIn = inDays(30);
        try (var kafka = new KafkaCompanion(bootstrapServers);
             var records = consume(kafka)) {

            var reference = given().contentType(JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                    .header("X-Conversation-Id", conversation).header("X-Correlation-Id", correlation)
                    .body(Stays.booking("suite", checkIn, checkIn.plusDays(2), 2))
                    .post("/api/hotels/" + hotel + "/bookings")
                    .then().statusCode(201).extract().<String>path("reference");
            given().contentType(JSON).header("X-Conversation-Id", conversation).header("X-Correlation-Id", correlation)
                    .body(Map.of("checkIn", checkIn.toString(), "checkOut", checkIn.plusDays(3).toString()))
                    .patch("/api/bookings/" + reference).then().statusCode(200);
            given().contentType(JSON).header("X-Conversation-Id", conversation).header("X-Correlation-Id", correlation)
                    .body(Map.of("reason", "test")).post("/api/bookings/" + reference + "/cancellation")
                    .then().statusCode(200);

            var events = await().atMost(Duration.ofSeconds(30)).until(() -> eventsOf(records, hotel),
                    list -> list.size() >= 3);
            assertThat(events).extracting(r -> event(r).change())
                    .containsExactly(BookingChange.CREATED, BookingChange.MODIFIED, BookingChange.CANCELLED);
            assertThat(events).allSatisfy(r -> {
                assertThat(r.key()).isEqualTo(conversation);
                assertThat(new String(r.headers().lastHeader(Topics.CORRELATION_HEADER).value(),
                        StandardCharsets.UTF_8)).isEqualTo(correlation);
                assertThat(event(r).correlationId()).isEqualTo(correlation);
                assertThat(event(r).provider()).isEqualTo("builtin");
                assertThat(event(r).bookingReference()).isEqualTo(reference);
            });
            assertThat(fieldsOf(events.getFirst().value())).isEqualTo(fieldsOf(GoldenSamples.json("bookings-changed")));
            assertThat(json.readTree(events.getFirst().value()).path("checkIn").asText()).isEqualTo(checkIn.toString());
            var modified = event(events.get(1));
            assertThat(modified.checkOut()).isEqualTo(checkIn.plusDays(3));
            assertThat(modified.total().amount()).isEqualByComparingTo("600.00");
            assertThat(modified.total().currency()).isEqualTo("EUR");
            assertThat(modified.before().checkOut()).isEqualTo(checkIn.plusDays(2));
            assertThat(modified.before().total().amount()).isEqualByComparingTo("400.00");
            assertThat(modified.reason()).isEqualTo("dates");
            var cancelled = event(events.get(2));
            assertThat(cancelled.before().checkOut()).isEqualTo(checkIn.plusDays(3));
            assertThat(cancelled.reason()).isEqualTo("test");
            assertThat(events).extracting(r -> event(r).actor()).containsOnly("agent");
        }
    }

    @Test
    void keysByTheReferenceWhenNoConversationAskedAndPublishesARetryOnce() throws Exception {
        var hotel = TestHotels.create(pool, 1);
        var checkIn = inDays(31);
        var key = UUID.randomUUID().toString();
        var body = Stays.booking("suite", checkIn, checkIn.plusDays(2), 2);
        try (var kafka = new KafkaCompanion(bootstrapServers);
             var records = consume(kafka)) {

            var reference = given().contentType(JSON).header("Idempotency-Key", key).body(body)
                    .post("/api/hotels/" + hotel + "/bookings")
                    .then().statusCode(201).extract().<String>path("reference");
            given().contentType(JSON).header("Idempotency-Key", key).body(body)
                    .post("/api/hotels/" + hotel + "/bookings").then().statusCode(200);
            given().contentType(JSON).body(Map.of()).post("/api/bookings/" + reference + "/cancellation")
                    .then().statusCode(200);

            var events = await().atMost(Duration.ofSeconds(30)).until(() -> eventsOf(records, hotel),
                    list -> list.stream().anyMatch(r -> event(r).change() == BookingChange.CANCELLED));
            assertThat(events).extracting(r -> event(r).change())
                    .containsExactly(BookingChange.CREATED, BookingChange.CANCELLED);
            assertThat(events).allSatisfy(r -> {
                assertThat(r.key()).isEqualTo(reference);
                assertThat(event(r).conversationId()).isNull();
                assertThat(event(r).actor()).isEqualTo("api");
                assertThat(r.headers().lastHeader(Topics.CORRELATION_HEADER)).isNotNull();
            });
            assertThat(event(events.get(1)).reason()).isEqualTo("cancelled");
        }
    }

    @Test
    void publishesQloAppsChangesAsProviderQloApps() {
        TestHotels.createOnce(pool, QloAppsStandIn.HOTEL);
        qloapps.reset();
        var conversation = "whatsapp:qloapps:" + UUID.randomUUID();
        var checkIn = inDays(32);
        try (var kafka = new KafkaCompanion(bootstrapServers);
             var records = consume(kafka)) {

            var reference = given().contentType(JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                    .header("X-Conversation-Id", conversation)
                    .body(Stays.booking("1", checkIn, checkIn.plusDays(2), 2))
                    .post("/api/hotels/" + QloAppsStandIn.HOTEL + "/bookings")
                    .then().statusCode(201).extract().<String>path("reference");
            given().contentType(JSON).header("X-Conversation-Id", conversation)
                    .body(Map.of("checkIn", checkIn.toString(), "checkOut", checkIn.plusDays(3).toString()))
                    .patch("/api/bookings/" + reference).then().statusCode(200);
            given().contentType(JSON).header("X-Conversation-Id", conversation).body(Map.of())
                    .post("/api/bookings/" + reference + "/cancellation").then().statusCode(200);

            var events = await().atMost(Duration.ofSeconds(30)).until(() -> records.getRecords().stream()
                    .filter(r -> conversation.equals(r.key())).toList(), list -> list.size() >= 3);
            assertThat(events).extracting(r -> event(r).change())
                    .containsExactly(BookingChange.CREATED, BookingChange.MODIFIED, BookingChange.CANCELLED);
            assertThat(events).allSatisfy(r -> {
                assertThat(event(r).provider()).isEqualTo("qloapps");
                assertThat(event(r).bookingReference()).isEqualTo(reference);
                assertThat(event(r).total().currency()).isEqualTo("USD");
            });
            assertThat(event(events.get(1)).total().amount()).isEqualByComparingTo("3900");
        }
    }

    private static ConsumerTask<String, String> consume(KafkaCompanion kafka) {
        return kafka.consumeStrings().withGroupId("test-" + UUID.randomUUID()).withOffsetReset(EARLIEST)
                .fromTopics(Topics.BOOKINGS_CHANGED);
    }

    /** The hotel is unique to the test; references restart whenever the test database is rebuilt. */
    private List<ConsumerRecord<String, String>> eventsOf(ConsumerTask<String, String> records, String hotel) {
        return records.getRecords().stream().filter(r -> r.value().contains("\"" + hotel + "\"")).toList();
    }

    private Set<String> fieldsOf(String event) throws IOException {
        var fields = new TreeSet<String>();
        json.readTree(event).fieldNames().forEachRemaining(fields::add);
        return fields;
    }

    private BookingChanged event(ConsumerRecord<String, String> record) {
        try {
            return json.readValue(record.value(), BookingChanged.class);
        } catch (IOException e) {
            throw new IllegalStateException(record.value(), e);
        }
    }
}
