package org.hotelagent.pms.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotelagent.pms.TestHotels.inDays;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import org.hotelagent.pms.Stays;
import org.hotelagent.pms.TestHotels;

/** Many guests at once: the database decides, exactly one wins each room and each key books once. */
@QuarkusTest
class BookingRaceTest {

    private static final int RACERS = 50;

    @Inject
    Pool pool;

    @Inject
    ObjectMapper json;

    @TestHTTPResource("/api/hotels/")
    URI hotels;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @AfterEach
    void closeClient() {
        http.close();
    }

    @Test
    void fiftyGuestsRaceForTheLastRoomAndExactlyOneWins() throws Exception {
        var hotel = TestHotels.create(pool, 1);
        var checkIn = inDays(40);
        var body = json.writeValueAsString(Stays.booking("suite", checkIn, checkIn.plusDays(3), 2));

        var responses = race(i -> post(hotel, body, UUID.randomUUID().toString()));

        assertThat(responses).filteredOn(r -> r.statusCode() == 201).hasSize(1);
        assertThat(responses).filteredOn(r -> r.statusCode() != 201).hasSize(RACERS - 1).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(409);
            assertThat(r.headers().firstValue("Content-Type")).hasValue(Problem.MEDIA_TYPE);
            assertThat(r.body()).contains("urn:hotel-agent:problem:no-availability");
        });
    }

    @Test
    void fiftyGuestsRaceForTwoRoomsAndExactlyTwoWin() throws Exception {
        var hotel = TestHotels.create(pool, 2);
        var checkIn = inDays(41);
        var body = json.writeValueAsString(Stays.booking("suite", checkIn, checkIn.plusDays(2), 2));

        var responses = race(i -> post(hotel, body, UUID.randomUUID().toString()));

        var winners = responses.stream().filter(r -> r.statusCode() == 201).map(HttpResponse::body).toList();
        assertThat(winners).hasSize(2).anySatisfy(b -> assertThat(b).contains("\"roomNumber\":\"201\""))
                .anySatisfy(b -> assertThat(b).contains("\"roomNumber\":\"202\""));
        assertThat(responses).filteredOn(r -> r.statusCode() != 201).extracting(HttpResponse::statusCode)
                .containsOnly(409);
    }

    @Test
    void concurrentRetriesWithOneKeyCreateOneBooking() throws Exception {
        var hotel = TestHotels.create(pool, 3);
        var checkIn = inDays(42);
        var body = json.writeValueAsString(Stays.booking("suite", checkIn, checkIn.plusDays(2), 2));
        var key = UUID.randomUUID().toString();

        var responses = race(i -> post(hotel, body, key));

        assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(200, 201)
                .filteredOn(status -> status == 201).hasSize(1);
        var references = responses.stream().map(r -> readReference(r.body())).distinct().toList();
        assertThat(references).hasSize(1);
        var taken = pool.preparedQuery("select count(*) from room_nights where hotel_id = $1")
                .execute(Tuple.of(hotel)).await().atMost(Duration.ofSeconds(10))
                .iterator().next().getLong(0);
        assertThat(taken).as("nights taken by the one booking").isEqualTo(2);
    }

    private List<HttpResponse<String>> race(IntFunction<CompletableFuture<HttpResponse<String>>> attempt) {
        var all = IntStream.range(0, RACERS).mapToObj(attempt).toList();
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).orTimeout(60, TimeUnit.SECONDS).join();
        return all.stream().map(CompletableFuture::join).toList();
    }

    private CompletableFuture<HttpResponse<String>> post(String hotel, String body, String key) {
        var request = HttpRequest.newBuilder(hotels.resolve(hotel + "/bookings"))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    private String readReference(String body) {
        try {
            return json.readTree(body).path("reference").asText();
        } catch (IOException e) {
            throw new IllegalStateException(body, e);
        }
    }
}
