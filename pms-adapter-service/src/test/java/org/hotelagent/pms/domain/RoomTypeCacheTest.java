package org.hotelagent.pms.domain;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import org.hotelagent.pms.TestHotels;

@QuarkusTest
class RoomTypeCacheTest {

    @Inject
    Pool pool;

    @Inject
    RedisDataSource redis;

    @Inject
    MeterRegistry registry;

    private String hotel;

    @BeforeEach
    void createHotel() {
        hotel = TestHotels.create(pool, 1);
    }

    @AfterEach
    void deleteKey() {
        redis.key().del("pms:room-types:" + hotel);
    }

    @Test
    void servesRoomTypesFromRedisAfterTheFirstReadAndCountsHitsAndMisses() {
        var misses = lookups("miss");
        var hits = lookups("hit");
        given().get("/api/hotels/" + hotel + "/room-types").then().statusCode(200)
                .body("find { it.id == 'suite' }.names.en", equalTo("Suite"));
        pool.preparedQuery("update room_types set names = '{\"en\": \"Renamed\"}' where hotel_id = $1")
                .execute(Tuple.of(hotel)).await().atMost(Duration.ofSeconds(10));

        given().get("/api/hotels/" + hotel + "/room-types").then().statusCode(200)
                .body("find { it.id == 'suite' }.names.en", equalTo("Suite"));

        assertThat(lookups("miss")).isEqualTo(misses + 1);
        assertThat(lookups("hit")).isEqualTo(hits + 1);
        assertThat(redis.key().ttl("pms:room-types:" + hotel)).isBetween(1L, 300L);
    }

    private double lookups(String result) {
        var counter = registry.find("hotel.pms.cache.lookups.answered").tags("cache", "room-types", "result", result)
                .counter();
        return counter == null ? 0 : counter.count();
    }
}
