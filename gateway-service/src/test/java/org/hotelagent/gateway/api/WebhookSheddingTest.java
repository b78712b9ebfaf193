package org.hotelagent.gateway.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import org.hotelagent.gateway.support.GraphApiStandIn;
import org.hotelagent.gateway.support.SignedWebhook;
import org.hotelagent.gateway.support.Webhooks;

/** With no room for another webhook in flight, a valid one is refused before any work, with 503 and Retry-After. */
@QuarkusTest
@TestProfile(WebhookSheddingTest.NoRoom.class)
@QuarkusTestResource(GraphApiStandIn.class)
class WebhookSheddingTest {

    public static class NoRoom implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.webhooks-in-flight", "0");
        }
    }

    @Test
    void refusesBeyondTheLimitSoMetaRetriesLater() {
        SignedWebhook.post(Webhooks.text("106540352242922", Webhooks.guestNumber(), Webhooks.wamid(), "Hola"))
                .then().statusCode(503).header("Retry-After", "1")
                .body("type", containsString("overloaded"));

        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("hotel_gateway_webhooks_shed_total 1.0"))
                .body(containsString("hotel_gateway_webhooks_in_flight 0.0"));
        given().queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", "local-verify-token")
                .queryParam("hub.challenge", "42").get("/api/webhooks/whatsapp")
                .then().statusCode(200).body(equalTo("42"));
    }
}
