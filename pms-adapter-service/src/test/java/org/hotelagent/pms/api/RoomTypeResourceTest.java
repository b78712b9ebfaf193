package org.hotelagent.pms.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RoomTypeResourceTest {

    @Test
    void listsTheDemoHotelsRoomTypesWithNamesPerLanguage() {
        given().get("/api/hotels/demo-hotel/room-types")
                .then().statusCode(200)
                .body("id", contains("single", "double", "twin", "suite", "family"))
                .body("find { it.id == 'double' }.names.es", equalTo("Habitación doble"))
                .body("find { it.id == 'double' }.names.pt", equalTo("Quarto duplo"))
                .body("find { it.id == 'family' }.maxGuests", equalTo(5))
                .body("find { it.id == 'suite' }.minStay", equalTo(2));
    }

    @Test
    void answersAProblemForAnUnknownHotel() {
        given().get("/api/hotels/" + UUID.randomUUID() + "/room-types")
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:hotel-agent:problem:hotel-not-found"));
    }
}
