package org.hotelagent.perf.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(KafkaUnavailableTest.NoBroker.class)
class KafkaUnavailableTest {

    /** Points at a port nothing listens on, with a short timeout to keep the test quick. */
    public static class NoBroker implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kafka.bootstrap.servers", "127.0.0.1:1",
                    "kafka.default.api.timeout.ms", "1000", "kafka.request.timeout.ms", "1000");
        }
    }

    @Test
    void answersAProblemWhenKafkaDoesNotAnswer() {
        given().get("/api/consumer-lag")
                .then().statusCode(503)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:hotel-agent:problem:kafka-unavailable"))
                .body("status", equalTo(503));
    }

    @Test
    void isNotReadyWithoutKafka() {
        given().get("/q/health/ready")
                .then().statusCode(503)
                .body("status", equalTo("DOWN"));
    }
}
