package org.hotelagent.pms.api;

import static io.restassured.RestAssured.given;
import static io.restassured.http.ContentType.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hotelagent.pms.TestHotels.inDays;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;

import org.hotelagent.pms.Stays;
import org.hotelagent.pms.TestHotels;

@QuarkusTest
class BookingResourceTest {

    @Inject
    Pool pool;

    private String hotel;

    @BeforeEach
    void createHotel() {
        hotel = TestHotels.create(pool, 1);
    }

    @Test
    void booksTheQuotedPriceAndReadsTheBookingWithTheGuestsContact() {
        var checkIn = inDays(14);
        var quoted = quote(checkIn, checkIn.plusDays(3), "suite", "total");

        var reference = book(withQuote(Stays.booking("suite", checkIn, checkIn.plusDays(3), 2), quoted), key())
                .statusCode(201)
                .header("Location", matchesPattern(".*/api/bookings/HR-\\d{4}-\\d{5,}"))
                .body("total", equalTo(Float.parseFloat(quoted)))
                .extract().path("reference");

        given().get("/api/bookings/" + reference)
                .then().statusCode(200)
                .body("status", equalTo("confirmed"))
                .body("roomTypeId", equalTo("suite"))
                .body("roomNumber", equalTo("201"))
                .body("nightly", hasSize(3))
                .body("guest.name", equalTo("Ana García"))
                .body("guest.channelAddress", equalTo("whatsapp:+34600111222"));
        assertThat(available(checkIn, checkIn.plusDays(3), "suite")).isZero();
    }

    @Test
    void aRetryWithTheSameKeyAnswersTheFirstBooking() {
        var checkIn = inDays(15);
        var body = Stays.booking("double", checkIn, checkIn.plusDays(2), 2);
        var key = key();
        var reference = book(body, key).statusCode(201).extract().path("reference");

        book(body, key).statusCode(200).body("reference", equalTo(reference));

        assertThat(available(checkIn, checkIn.plusDays(2), "double")).isEqualTo(2);
    }

    @Test
    void refusesAKeyReusedForADifferentRequest() {
        var checkIn = inDays(16);
        var key = key();
        book(Stays.booking("double", checkIn, checkIn.plusDays(2), 2), key).statusCode(201);

        book(Stays.booking("double", checkIn, checkIn.plusDays(3), 2), key).statusCode(422)
                .body("type", equalTo("urn:hotel-agent:problem:idempotency-key-reused"));
    }

    @Test
    void requiresAnIdempotencyKey() {
        given().contentType(JSON).body(Stays.booking("double", inDays(3), inDays(4), 2))
                .post("/api/hotels/" + hotel + "/bookings")
                .then().statusCode(400).body("type", equalTo("urn:hotel-agent:problem:invalid-request"));
    }

    @Test
    void answersAnUnreadableBodyWithAProblem() {
        given().contentType(JSON).header("Idempotency-Key", key()).body("{\"checkIn\": \"next friday\"}")
                .post("/api/hotels/" + hotel + "/bookings")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:hotel-agent:problem:invalid-request"));
    }

    @Test
    void refusesAQuotedTotalThatIsNoLongerThePriceAndBooksNothing() {
        var checkIn = inDays(17);

        book(withQuote(Stays.booking("suite", checkIn, checkIn.plusDays(2), 2), "1.00"), key()).statusCode(409)
                .body("type", equalTo("urn:hotel-agent:problem:price-changed"))
                .body("detail", equalTo("The quoted total 1.00 is no longer the price; the stay now costs 400.00"));

        assertThat(available(checkIn, checkIn.plusDays(2), "suite")).isEqualTo(1);
    }

    @Test
    void refusesAPartyTheRoomTypeDoesNotTake() {
        book(Stays.booking("double", inDays(3), inDays(5), 3), key()).statusCode(422)
                .body("type", equalTo("urn:hotel-agent:problem:occupancy-exceeded"));
        book(Stays.booking("penthouse", inDays(3), inDays(5), 2), key()).statusCode(422)
                .body("type", equalTo("urn:hotel-agent:problem:room-type-not-found"));
    }

    @Test
    void extendingAStayKeepsTheGuestsRoomWhenItIsFree() {
        var checkIn = inDays(20);
        var first = book(Stays.booking("double", checkIn, checkIn.plusDays(2), 2), key()).statusCode(201)
                .extract().<String>path("reference");
        var guest = book(Stays.booking("double", checkIn, checkIn.plusDays(2), 2), key()).statusCode(201)
                .body("roomNumber", equalTo("102")).extract().<String>path("reference");
        cancel(first).statusCode(200);

        patch(guest, Map.of("checkIn", checkIn.toString(), "checkOut", checkIn.plusDays(3).toString()))
                .statusCode(200)
                .body("roomNumber", equalTo("102"))
                .body("nightly", hasSize(3))
                .body("checkOut", equalTo(checkIn.plusDays(3).toString()));
    }

    @Test
    void extendingAStayMovesTheGuestWhenTheRoomIsTakenLater() {
        var checkIn = inDays(24);
        var guest = book(Stays.booking("double", checkIn, checkIn.plusDays(2), 2), key()).statusCode(201)
                .body("roomNumber", equalTo("101")).extract().<String>path("reference");
        book(Stays.booking("double", checkIn.plusDays(2), checkIn.plusDays(4), 2), key()).statusCode(201)
                .body("roomNumber", equalTo("101"));

        patch(guest, Map.of("checkIn", checkIn.toString(), "checkOut", checkIn.plusDays(3).toString()))
                .statusCode(200)
                .body("roomNumber", equalTo("102"));
    }

    @Test
    void movesABookingToAnotherRoomType() {
        var checkIn = inDays(21);
        var reference = book(Stays.booking("double", checkIn, checkIn.plusDays(2), 2), key()).statusCode(201)
                .extract().<String>path("reference");

        patch(reference, Map.of("roomTypeId", "suite", "adults", 3)).statusCode(200)
                .body("roomTypeId", equalTo("suite")).body("adults", equalTo(3)).body("total", equalTo(400.0f));

        assertThat(available(checkIn, checkIn.plusDays(2), "double")).isEqualTo(3);
        assertThat(available(checkIn, checkIn.plusDays(2), "suite")).isZero();
    }

    @Test
    void aChangeWithoutAFreeRoomLeavesTheBookingAsItWas() {
        var checkIn = inDays(22);
        book(Stays.booking("suite", checkIn, checkIn.plusDays(2), 2), key()).statusCode(201);
        var reference = book(Stays.booking("double", checkIn, checkIn.plusDays(2), 2), key()).statusCode(201)
                .extract().<String>path("reference");

        patch(reference, Map.of("roomTypeId", "suite")).statusCode(409)
                .body("type", equalTo("urn:hotel-agent:problem:no-availability"));

        given().get("/api/bookings/" + reference).then().statusCode(200).body("roomTypeId", equalTo("double"));
    }

    @Test
    void cancellingFreesTheRoomAndIsIdempotent() {
        var checkIn = inDays(23);
        var reference = book(Stays.booking("suite", checkIn, checkIn.plusDays(2), 2), key()).statusCode(201)
                .extract().<String>path("reference");
        assertThat(available(checkIn, checkIn.plusDays(2), "suite")).isZero();

        cancel(reference).statusCode(200).body("status", equalTo("cancelled"));

        assertThat(available(checkIn, checkIn.plusDays(2), "suite")).isEqualTo(1);
        cancel(reference).statusCode(200).body("status", equalTo("cancelled"));
        patch(reference, Map.of("adults", 1)).statusCode(409)
                .body("type", equalTo("urn:hotel-agent:problem:booking-cancelled"));
        book(Stays.booking("suite", checkIn, checkIn.plusDays(2), 2), key()).statusCode(201);
    }

    @Test
    void answersAProblemForAnUnknownReference() {
        given().get("/api/bookings/HR-1999-00000").then().statusCode(404)
                .body("type", equalTo("urn:hotel-agent:problem:booking-not-found"));
        cancel("HR-1999-00000").statusCode(404);
        patch("HR-1999-00000", Map.of("adults", 1)).statusCode(404)
                .body("detail", endsWith("HR-1999-00000"));
    }

    private ValidatableResponse book(Map<String, Object> body, String key) {
        return given().contentType(JSON).header("Idempotency-Key", key).body(body)
                .post("/api/hotels/" + hotel + "/bookings").then();
    }

    private static ValidatableResponse patch(String reference, Map<String, Object> body) {
        return given().contentType(JSON).body(body).patch("/api/bookings/" + reference).then();
    }

    private static ValidatableResponse cancel(String reference) {
        return given().contentType(JSON).body(Map.of("reason", "test"))
                .post("/api/bookings/" + reference + "/cancellation").then();
    }

    private String quote(LocalDate checkIn, LocalDate checkOut, String type, String field) {
        return given().contentType(JSON).body(Stays.quote(checkIn, checkOut, 2, 0))
                .post("/api/hotels/" + hotel + "/availability")
                .then().statusCode(200).extract().jsonPath()
                .getString("offers.find { it.roomTypeId == '" + type + "' }." + field);
    }

    private int available(LocalDate checkIn, LocalDate checkOut, String type) {
        return Integer.parseInt(quote(checkIn, checkOut, type, "available"));
    }

    private static Map<String, Object> withQuote(Map<String, Object> body, String total) {
        var quoted = new HashMap<>(body);
        quoted.put("quotedTotal", total);
        return quoted;
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
