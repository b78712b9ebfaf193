package org.hotelagent.pms.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HotelResourceTest {

    @Test
    void listsTheSeededDemoHotel() {
        given().get("/api/hotels")
                .then().statusCode(200)
                .body("id", hasItem("demo-hotel"));
    }

    @Test
    void returnsTheDemoHotelWithItsLocalRules() {
        given().get("/api/hotels/demo-hotel")
                .then().statusCode(200)
                .body("name", equalTo("Hotel Demo Mar"))
                .body("timeZone", equalTo("Europe/Madrid"))
                .body("currency", equalTo("EUR"))
                .body("checkInTime", equalTo("15:00"))
                .body("checkOutTime", equalTo("11:00"))
                .body("policies", containsString("Free cancellation until 48 hours before arrival"))
                .body("vatPercent", equalTo(10.0f))
                .body("pricesIncludeVat", equalTo(true));
    }

    @Test
    void answersAProblemForAnUnknownHotel() {
        var unknown = "hotel-" + UUID.randomUUID();

        given().get("/api/hotels/" + unknown)
                .then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:hotel-agent:problem:hotel-not-found"))
                .body("status", equalTo(404))
                .body("detail", startsWith("No hotel has id " + unknown));
    }
}
