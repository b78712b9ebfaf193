package org.hotelagent.orchestrator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ObservabilityTest {

    @Test
    void isReadyOnlyWithItsDatabaseAndKafkaReachable() {
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check",
                        "Reactive PostgreSQL connections health check", "Kafka connection health check"));
    }

    @Test
    void isLive() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void exposesPrometheusMetrics() {
        given().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"))
                .body(containsString("kafka_consumer_"));
    }

    @Test
    void exposesTheBusinessDashboardsCountersFromTheStart() {
        given().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("hotel_orchestrator_conversations_started_total{channel=\"webchat\","
                        + "language=\"pt\"}"))
                .body(containsString("hotel_orchestrator_replies_composed_total{kind=\"holding\"}"))
                .body(containsString("hotel_orchestrator_handoffs_requested_total{reason=\"misunderstanding\"}"))
                .body(containsString("hotel_orchestrator_bookings_changed_total{change=\"cancelled\"}"))
                .body(containsString("hotel_orchestrator_quotes_offered_total"))
                .body(containsString("hotel_orchestrator_voice_synthesized_total{outcome=\"timed-out\"}"));
    }

    @Test
    void publishesItsOpenApiDocumentAndSwaggerUi() {
        given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("orchestrator-service"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
