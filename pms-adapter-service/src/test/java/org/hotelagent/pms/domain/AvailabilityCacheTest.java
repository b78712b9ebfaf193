package org.hotelagent.pms.domain;

import static io.restassured.RestAssured.given;
import static io.restassured.http.ContentType.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hotelagent.pms.TestHotels.inDays;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import org.hotelagent.pms.Stays;
import org.hotelagent.pms.TestHotels;

@QuarkusTest
class AvailabilityCacheTest {

    @Inject
    Pool pool;

    @Inject
    MeterRegistry registry;

    private String hotel;

    @BeforeEach
    void createHotel() {
        hotel = TestHotels.create(pool, 1);
    }

    @Test
    void servesARepeatedQuoteFromRedisUntilOurOwnBookingInvalidatesIt() {
        var checkIn = inDays(50);
        var misses = lookups("miss");
        var hits = lookups("hit");
        quote(checkIn).body("offers.find { it.roomTypeId == 'suite' }.available", equalTo(1));
        pool.preparedQuery("update rates set amount = 999 where hotel_id = $1").execute(Tuple.of(hotel))
                .await().atMost(Duration.ofSeconds(10));

        quote(checkIn).body("offers.find { it.roomTypeId == 'suite' }.total", equalTo(400.0f));
        given().contentType(JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Stays.booking("suite", checkIn, checkIn.plusDays(2), 2))
                .post("/api/hotels/" + hotel + "/bookings").then().statusCode(201);

        quote(checkIn).body("offers.find { it.roomTypeId == 'suite' }.available", equalTo(0))
                .body("offers.find { it.roomTypeId == 'suite' }.total", equalTo(1998.0f));
        assertThat(lookups("hit")).isEqualTo(hits + 1);
        assertThat(lookups("miss")).isEqualTo(misses + 2);
    }

    private ValidatableResponse quote(java.time.LocalDate checkIn) {
        return given().contentType(JSON).body(Stays.quote(checkIn, checkIn.plusDays(2), 2, 0))
                .post("/api/hotels/" + hotel + "/availability").then().statusCode(200);
    }

    private double lookups(String result) {
        var counter = registry.find("hotel.pms.cache.lookups.answered").tags("cache", "availability",
                "result", result).counter();
        return counter == null ? 0 : counter.count();
    }
}
