package org.hotelagent.pms.api;

import static io.restassured.RestAssured.given;
import static io.restassured.http.ContentType.JSON;
import static org.hamcrest.Matchers.equalTo;
import static org.hotelagent.pms.TestHotels.inDays;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

import org.hotelagent.pms.Stays;
import org.hotelagent.pms.TestHotels;

/** The booking behaviour on the built-in PMS: a fresh {@link TestHotels} hotel (3 doubles, 1 suite) per test. */
@QuarkusTest
class BuiltInBookingBehaviourTest extends BookingBehaviourTest {

    @Inject
    Pool pool;

    private String hotel;

    @BeforeEach
    void createHotel() {
        hotel = TestHotels.create(pool, 1);
    }

    @Override
    String hotel() {
        return hotel;
    }

    @Override
    String roomType() {
        return "double";
    }

    @Override
    String otherType() {
        return "suite";
    }

    @Override
    int roomsOf(String type) {
        return type.equals("double") ? 3 : 1;
    }

    @Override
    String referencePattern() {
        return "HR-\\d{4}-\\d{5,}";
    }

    @Override
    String unknownReference() {
        return "HR-1999-00000";
    }

    @Test
    void answersAnUnreadableBodyWithAProblem() {
        given().contentType(JSON).header("Idempotency-Key", key()).body("{\"checkIn\": \"next friday\"}")
                .post("/api/hotels/" + hotel + "/bookings")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:hotel-agent:problem:invalid-request"));
    }

    @Test
    void explainsAPriceChangeWithTheCurrentPrice() {
        var checkIn = inDays(17);

        book(withQuote(Stays.booking("suite", checkIn, checkIn.plusDays(2), 2), "1.00"), key()).statusCode(409)
                .body("detail", equalTo("The quoted total 1.00 is no longer the price; the stay now costs 400.00"));
    }
}
