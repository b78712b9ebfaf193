package org.hotelagent.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.hotelagent.gateway.support.GraphApiStandIn;

@QuarkusTest
@QuarkusTestResource(GraphApiStandIn.class)
class ObservabilityTest {

    @Test
    void isReadyOnlyWithKafkaAndRedisReachable() {
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Kafka connection health check", "Redis connection health check"));
    }

    @Test
    void isLive() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void exposesPrometheusMetrics() {
        given().queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", "wrong")
                .get("/api/webhooks/whatsapp").then().statusCode(403);

        given().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/api/webhooks/whatsapp\""));
    }

    @Test
    void publishesItsOpenApiDocumentAndSwaggerUi() {
        given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("gateway-service"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
