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
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.restassured.response.ValidatableResponse;

import org.hotelagent.pms.Stays;

/**
 * The PMS API's booking behaviour, the same for every provider: each subclass runs these cases against one PMS
 * (the built-in on PostgreSQL, QloApps on its WireMock stand-in) through {@link #hotel()} and the room types below.
 */
abstract class BookingBehaviourTest {

    /** The hotel under test, set up before each test. */
    abstract String hotel();

    /** A room type taking 2 adults, with at least two rooms. */
    abstract String roomType();

    /** Another room type taking 2 adults. */
    abstract String otherType();

    abstract int roomsOf(String type);

    abstract String referencePattern();

    abstract String unknownReference();

    @Test
    void booksTheQuotedPriceAndReadsTheBookingWithTheGuestsContact() {
        var checkIn = inDays(14);
        var quoted = quote(checkIn, checkIn.plusDays(3), roomType(), "total");

        var reference = book(withQuote(Stays.booking(roomType(), checkIn, checkIn.plusDays(3), 2), quoted), key())
                .statusCode(201)
                .header("Location", matchesPattern(".*/api/bookings/" + referencePattern()))
                .body("total", equalTo(Float.parseFloat(quoted)))
                .extract().path("reference");

        given().get("/api/bookings/" + reference)
                .then().statusCode(200)
                .body("status", equalTo("confirmed"))
                .body("roomTypeId", equalTo(roomType()))
                .body("total", equalTo(Float.parseFloat(quoted)))
                .body("nightly", hasSize(3))
                .body("guest.name", equalTo("Ana García"))
                .body("guest.channelAddress", equalTo("whatsapp:+34600111222"));
        assertThat(available(checkIn, checkIn.plusDays(3), roomType())).isEqualTo(roomsOf(roomType()) - 1);
    }

    @Test
    void aRetryWithTheSameKeyAnswersTheFirstBooking() {
        var checkIn = inDays(15);
        var body = Stays.booking(roomType(), checkIn, checkIn.plusDays(2), 2);
        var key = key();
        var reference = book(body, key).statusCode(201).extract().path("reference");

        book(body, key).statusCode(200).body("reference", equalTo(reference));

        assertThat(available(checkIn, checkIn.plusDays(2), roomType())).isEqualTo(roomsOf(roomType()) - 1);
    }

    @Test
    void concurrentRetriesWithOneKeyBookOnce() {
        var checkIn = inDays(18);
        var body = Stays.booking(roomType(), checkIn, checkIn.plusDays(2), 2);
        var key = key();

        var references = IntStream.range(0, 6).mapToObj(i -> CompletableFuture.supplyAsync(() ->
                        book(body, key).extract().<String>path("reference")))
                .toList().stream().map(CompletableFuture::join).distinct().toList();

        assertThat(references).hasSize(1).doesNotContainNull();
        assertThat(available(checkIn, checkIn.plusDays(2), roomType())).isEqualTo(roomsOf(roomType()) - 1);
    }

    @Test
    void refusesAKeyReusedForADifferentRequest() {
        var checkIn = inDays(16);
        var key = key();
        book(Stays.booking(roomType(), checkIn, checkIn.plusDays(2), 2), key).statusCode(201);

        book(Stays.booking(roomType(), checkIn, checkIn.plusDays(3), 2), key).statusCode(422)
                .body("type", equalTo("urn:hotel-agent:problem:idempotency-key-reused"));
    }

    @Test
    void requiresAnIdempotencyKey() {
        given().contentType(JSON).body(Stays.booking(roomType(), inDays(3), inDays(5), 2))
                .post("/api/hotels/" + hotel() + "/bookings")
                .then().statusCode(400).body("type", equalTo("urn:hotel-agent:problem:invalid-request"));
    }

    @Test
    void refusesAQuotedTotalThatIsNoLongerThePriceAndBooksNothing() {
        var checkIn = inDays(17);

        book(withQuote(Stays.booking(roomType(), checkIn, checkIn.plusDays(2), 2), "1.00"), key()).statusCode(409)
                .body("type", equalTo("urn:hotel-agent:problem:price-changed"));

        assertThat(available(checkIn, checkIn.plusDays(2), roomType())).isEqualTo(roomsOf(roomType()));
    }

    @Test
    void enforcesTheStayRulesWhateverThePmsChecks() {
        book(Stays.booking(roomType(), inDays(-1), inDays(2), 2), key()).statusCode(422)
                .body("type", equalTo("urn:hotel-agent:problem:invalid-stay"));
        book(Stays.booking(roomType(), inDays(3), inDays(5), 4), key()).statusCode(422)
                .body("type", equalTo("urn:hotel-agent:problem:occupancy-exceeded"));
        book(Stays.booking("999", inDays(3), inDays(5), 2), key()).statusCode(422)
                .body("type", equalTo("urn:hotel-agent:problem:room-type-not-found"));
        given().contentType(JSON).body(Stays.quote(inDays(-2), inDays(1), 2, 0))
                .post("/api/hotels/" + hotel() + "/availability")
                .then().statusCode(422).body("type", equalTo("urn:hotel-agent:problem:invalid-stay"));
        given().contentType(JSON).body(Stays.quote(inDays(3), inDays(5), 9, 0))
                .post("/api/hotels/" + hotel() + "/availability")
                .then().statusCode(422).body("type", equalTo("urn:hotel-agent:problem:occupancy-exceeded"));
    }

    @Test
    void extendingAStayKeepsTheGuestsRoomWhenItIsFree() {
        var checkIn = inDays(20);
        var first = book(Stays.booking(roomType(), checkIn, checkIn.plusDays(2), 2), key()).statusCode(201)
                .extract().<String>path("reference");
        var booked = book(Stays.booking(roomType(), checkIn, checkIn.plusDays(2), 2), key()).statusCode(201)
                .extract();
        cancel(first).statusCode(200);

        patch(booked.path("reference"), Map.of("checkIn", checkIn.toString(),
                "checkOut", checkIn.plusDays(3).toString()))
                .statusCode(200)
                .body("roomNumber", equalTo(booked.path("roomNumber")))
                .body("nightly", hasSize(3))
                .body("checkOut", equalTo(checkIn.plusDays(3).toString()));
    }

    @Test
    void extendingAStayMovesTheGuestWhenTheRoomIsTakenLater() {
        var checkIn = inDays(24);
        var guest = book(Stays.booking(roomType(), checkIn, checkIn.plusDays(2), 2), key()).statusCode(201)
                .extract();
        book(Stays.booking(roomType(), checkIn.plusDays(2), checkIn.plusDays(4), 2), key()).statusCode(201)
                .body("roomNumber", equalTo(guest.path("roomNumber")));

        var moved = patch(guest.path("reference"), Map.of("checkIn", checkIn.toString(),
                "checkOut", checkIn.plusDays(3).toString())).statusCode(200).extract().<String>path("roomNumber");

        assertThat(moved).isNotEqualTo(guest.path("roomNumber"));
    }

    @Test
    void movesABookingToAnotherRoomType() {
        var checkIn = inDays(21);
        var reference = book(Stays.booking(roomType(), checkIn, checkIn.plusDays(2), 2), key()).statusCode(201)
                .extract().<String>path("reference");

        patch(reference, Map.of("roomTypeId", otherType())).statusCode(200)
                .body("roomTypeId", equalTo(otherType()));

        assertThat(available(checkIn, checkIn.plusDays(2), roomType())).isEqualTo(roomsOf(roomType()));
        assertThat(available(checkIn, checkIn.plusDays(2), otherType())).isEqualTo(roomsOf(otherType()) - 1);
    }

    @Test
    void aChangeWithoutAFreeRoomLeavesTheBookingAsItWas() {
        var checkIn = inDays(22);
        for (int i = 0; i < roomsOf(otherType()); i++) {
            book(Stays.booking(otherType(), checkIn, checkIn.plusDays(2), 2), key()).statusCode(201);
        }
        var reference = book(Stays.booking(roomType(), checkIn, checkIn.plusDays(2), 2), key()).statusCode(201)
                .extract().<String>path("reference");

        patch(reference, Map.of("roomTypeId", otherType())).statusCode(409)
                .body("type", equalTo("urn:hotel-agent:problem:no-availability"));

        given().get("/api/bookings/" + reference).then().statusCode(200).body("roomTypeId", equalTo(roomType()));
    }

    @Test
    void cancellingFreesTheRoomAndIsIdempotent() {
        var checkIn = inDays(23);
        var reference = book(Stays.booking(roomType(), checkIn, checkIn.plusDays(2), 2), key()).statusCode(201)
                .extract().<String>path("reference");
        assertThat(available(checkIn, checkIn.plusDays(2), roomType())).isEqualTo(roomsOf(roomType()) - 1);

        cancel(reference).statusCode(200).body("status", equalTo("cancelled"));

        assertThat(available(checkIn, checkIn.plusDays(2), roomType())).isEqualTo(roomsOf(roomType()));
        cancel(reference).statusCode(200).body("status", equalTo("cancelled"));
        given().get("/api/bookings/" + reference).then().statusCode(200).body("status", equalTo("cancelled"));
        patch(reference, Map.of("adults", 1)).statusCode(409)
                .body("type", equalTo("urn:hotel-agent:problem:booking-cancelled"));
    }

    @Test
    void answersAProblemForAnUnknownReference() {
        given().get("/api/bookings/" + unknownReference()).then().statusCode(404)
                .body("type", equalTo("urn:hotel-agent:problem:booking-not-found"));
        cancel(unknownReference()).statusCode(404);
        patch(unknownReference(), Map.of("adults", 1)).statusCode(404)
                .body("detail", endsWith(unknownReference()));
    }

    ValidatableResponse book(Map<String, Object> body, String key) {
        return given().contentType(JSON).header("Idempotency-Key", key).body(body)
                .post("/api/hotels/" + hotel() + "/bookings").then();
    }

    static ValidatableResponse patch(String reference, Map<String, Object> body) {
        return given().contentType(JSON).body(body).patch("/api/bookings/" + reference).then();
    }

    static ValidatableResponse cancel(String reference) {
        return given().contentType(JSON).body(Map.of("reason", "test"))
                .post("/api/bookings/" + reference + "/cancellation").then();
    }

    String quote(LocalDate checkIn, LocalDate checkOut, String type, String field) {
        return given().contentType(JSON).body(Stays.quote(checkIn, checkOut, 2, 0))
                .post("/api/hotels/" + hotel() + "/availability")
                .then().statusCode(200).extract().jsonPath()
                .getString("offers.find { it.roomTypeId == '" + type + "' }." + field);
    }

    int available(LocalDate checkIn, LocalDate checkOut, String type) {
        return Integer.parseInt(quote(checkIn, checkOut, type, "available"));
    }

    static Map<String, Object> withQuote(Map<String, Object> body, String total) {
        var quoted = new HashMap<>(body);
        quoted.put("quotedTotal", total);
        return quoted;
    }

    static String key() {
        return UUID.randomUUID().toString();
    }
}
