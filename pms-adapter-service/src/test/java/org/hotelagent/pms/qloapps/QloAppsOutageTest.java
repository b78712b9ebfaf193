package org.hotelagent.pms.qloapps;

import static io.restassured.RestAssured.given;
import static io.restassured.http.ContentType.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hotelagent.pms.TestHotels.inDays;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.vertx.mutiny.sqlclient.Pool;

import org.hotelagent.pms.Stays;
import org.hotelagent.pms.TestHotels;

/**
 * A slow QloApps: each call times out into a fast 503, then the breaker opens and QloApps is not called at all. (A
 * first quote warms the application up; on a shared 2-core machine a cold first request exceeds 300 ms by itself.)
 */
@QuarkusTest
@TestProfile(QloAppsOutageTest.ShortTimeouts.class)
class QloAppsOutageTest {

    /** 300 ms timeouts, no retries, a breaker that opens after 4 calls and stays open for a minute. */
    public static class ShortTimeouts implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("Timeout/value", "300", "Retry/maxRetries", "0",
                    "CircuitBreaker/requestVolumeThreshold", "4", "CircuitBreaker/delay", "60000");
        }
    }

    @Inject
    Pool pool;

    @Inject
    CircuitBreakerMaintenance breakers;

    @Inject
    RedisDataSource redis;

    FakeQloApps qloapps;

    @BeforeEach
    void slowDownTheStandIn() {
        TestHotels.createOnce(pool, QloAppsStandIn.HOTEL);
        qloapps.reset();
        for (int i = 0; i < 3; i++) {
            quote();
        }
        breakers.resetAll();
        qloapps.reset();
        QloAppsStandIn.forgetQuotes(redis);
        qloapps.answer("POST", "hotel_ari", 200, "{}", 3000);
    }

    @AfterEach
    void closeBreakers() {
        qloapps.reset();
        breakers.resetAll();
    }

    @Test
    void answersPmsUnavailableFastAndOpensTheBreaker() {
        for (int i = 0; i < 6; i++) {
            var started = System.nanoTime();

            quote().statusCode(503).contentType("application/problem+json");

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1500));
        }

        assertThat(qloapps.requests("POST", "hotel_ari")).isEqualTo(4);
    }

    private io.restassured.response.ValidatableResponse quote() {
        return given().contentType(JSON).body(Stays.quote(inDays(40), inDays(42), 2, 0))
                .post("/api/hotels/" + QloAppsStandIn.HOTEL + "/availability").then();
    }
}
