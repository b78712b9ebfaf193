package org.hotelagent.nlp;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ObservabilityTest {

    @Test
    void isReadyWithKafkaReachableAndTheLanguageModelAnswering() {
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Kafka connection health check", "language-model", "intent-model"))
                .body("checks.find { it.name == 'language-model' }.data.pt", equalTo("pt"))
                .body("checks.find { it.name == 'intent-model' }.data.booking", equalTo("make_reservation"));
    }

    @Test
    void isLive() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void exposesPrometheusMetrics() {
        given().contentType(ContentType.JSON).body("{\"text\":\"Do you have a room for two tonight?\"}")
                .post("/api/interpretations").then().statusCode(200);

        given().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/api/interpretations\""));
    }

    @Test
    void publishesItsOpenApiDocumentAndSwaggerUi() {
        given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("nlp-service"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
