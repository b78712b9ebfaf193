package org.hotelagent.pms.qloapps;

import static io.restassured.RestAssured.given;
import static io.restassured.http.ContentType.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hotelagent.pms.TestHotels.inDays;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.vertx.mutiny.sqlclient.Pool;

import org.hotelagent.pms.Stays;
import org.hotelagent.pms.TestHotels;

/** What only the QloApps provider does: price consistency, lenient numbers, placeholder emails, QloApps' errors. */
@QuarkusTest
@WithTestResource(value = QloAppsStandIn.class, scope = TestResourceScope.GLOBAL)
class QloAppsProviderTest {

    private static final String HOTEL = QloAppsStandIn.HOTEL;

    @Inject
    Pool pool;

    @Inject
    CircuitBreakerMaintenance breakers;

    @Inject
    RedisDataSource redis;

    FakeQloApps qloapps;

    @BeforeEach
    void emptyTheStandIn() {
        TestHotels.createOnce(pool, HOTEL);
        qloapps.reset();
        QloAppsStandIn.forgetQuotes(redis);
    }

    @AfterEach
    void closeBreakers() {
        breakers.resetAll();
    }

    @Test
    void booksTheQuotedTotalBecauseItNamesTheAutoAddedServices() {
        var checkIn = inDays(30);
        var quoted = quote(checkIn, 2).statusCode(200).extract().jsonPath()
                .getString("offers.find { it.roomTypeId == '1' }.total");

        book(Stays.booking("1", checkIn, checkIn.plusDays(2), 2)).statusCode(201)
                .body("total", equalTo(Float.parseFloat(quoted))).body("roomNumber", equalTo("GR-101"));

        assertThat(new java.math.BigDecimal(quoted)).isEqualByComparingTo("2600");
        var room = qloapps.postedBookings().getFirst().getJsonObject("associations").getJsonArray("room_types")
                .getJsonObject(0).getJsonArray("rooms").getJsonObject(0);
        assertThat(room.getJsonArray("services").getJsonObject(0).getInteger("id_service")).isEqualTo(5);
        assertThat(room.getJsonArray("services")).hasSize(1);
    }

    @Test
    void listsTheRoomTypesWithTheirLimitsFromQloApps() {
        given().get("/api/hotels/" + HOTEL + "/room-types").then().statusCode(200)
                .body("id", equalTo(java.util.List.of("1", "2", "3", "4")))
                .body("[0].names.en", equalTo("General Rooms"))
                .body("[0].maxAdults", equalTo(2)).body("[0].maxGuests", equalTo(4))
                .body("[0].minStay", equalTo(1)).body("[0].maxStay", equalTo(365));
    }

    @Test
    void readsNumbersWrittenAsStrings() {
        qloapps.writeNumbersAsStrings();
        var checkIn = inDays(31);

        quote(checkIn, 2).statusCode(200).body("offers.find { it.roomTypeId == '1' }.total", equalTo(2600.0f))
                .body("offers.find { it.roomTypeId == '1' }.available", equalTo(5));
        var reference = book(Stays.booking("1", checkIn, checkIn.plusDays(2), 2)).statusCode(201)
                .body("total", equalTo(2600.0f)).extract().<String>path("reference");

        given().get("/api/bookings/" + reference).then().statusCode(200).body("adults", equalTo(2))
                .body("taxes", equalTo(100.0f));
    }

    @Test
    void booksAGuestWithoutEmailUnderAPlaceholderAndKeepsTheChannelInTheRemark() {
        var checkIn = inDays(32);
        var body = new HashMap<>(Stays.booking("1", checkIn, checkIn.plusDays(2), 2));
        body.put("guest", Map.of("name", "Ana", "channelAddress", "whatsapp:+34600111222"));

        var reference = book(body).statusCode(201).extract().<String>path("reference");

        var posted = qloapps.postedBookings().getFirst();
        var customer = posted.getJsonObject("associations").getJsonObject("customer_detail");
        assertThat(customer.getString("email")).matches("guest-[0-9a-f]{16}@guests\\.hotel-agent\\.invalid");
        assertThat(customer.getString("phone")).isEqualTo("+34600111222");
        assertThat(posted.getString("remark")).contains("Guest channel: whatsapp:+34600111222");
        given().get("/api/bookings/" + reference).then().statusCode(200)
                .body("guest.name", equalTo("Ana")).body("guest.email", nullValue())
                .body("guest.channelAddress", equalTo("whatsapp:+34600111222"));
    }

    @Test
    void neverBooksTwiceWhenQloAppsFailedAfterTheRequestWasSent() {
        var body = Stays.booking("1", inDays(36), inDays(38), 2);
        var key = UUID.randomUUID().toString();
        qloapps.answer("POST", "bookings", 500, "{\"errors\":[{\"code\":8,\"message\":\"Undefined variable\"}]}", 0);
        bookWithKey(body, key).statusCode(503);
        qloapps.reset();

        bookWithKey(body, key).statusCode(503).body("detail", equalTo("The PMS did not answer; try again"));

        assertThat(qloapps.requests("POST", "bookings")).isZero();
    }

    @Test
    void aRefusedBookingFreesItsKeyForARetry() {
        var body = Stays.booking("1", inDays(37), inDays(39), 2);
        var key = UUID.randomUUID().toString();
        qloapps.answerWithSample("POST", "bookings", "94-error-create-booking-unavailable");
        bookWithKey(body, key).statusCode(409);
        qloapps.reset();

        bookWithKey(body, key).statusCode(201);
    }

    @Test
    void answersTheSamplesBookingErrorsAsOurProblems() {
        var checkIn = inDays(33);
        var booking = Stays.booking("1", checkIn, checkIn.plusDays(2), 2);

        qloapps.answerWithSample("POST", "bookings", "94-error-create-booking-unavailable");
        book(booking).statusCode(409).body("type", equalTo("urn:hotel-agent:problem:no-availability"));
        qloapps.reset();
        qloapps.answerWithSample("POST", "bookings", "95-error-create-booking-bad-currency");
        book(booking).statusCode(503).body("type", equalTo("urn:hotel-agent:problem:pms-unavailable"));
        qloapps.reset();
        qloapps.answerWithSample("POST", "hotel_ari", "97-error-ari-bad-dates");
        quote(checkIn, 2).statusCode(422).body("type", equalTo("urn:hotel-agent:problem:invalid-stay"));
        qloapps.reset();
        qloapps.answerWithSample("GET", "bookings", "93-error-booking-not-found");
        given().get("/api/bookings/QLO-" + HOTEL + "-1").then().statusCode(404)
                .body("type", equalTo("urn:hotel-agent:problem:booking-not-found"));

        assertThat(qloapps.requests("POST", "bookings")).isZero();
    }

    @Test
    void answersTheSamplesChangeErrorsAsOurProblems() {
        var checkIn = inDays(34);
        var reference = book(Stays.booking("1", checkIn, checkIn.plusDays(2), 2)).statusCode(201)
                .extract().<String>path("reference");

        qloapps.answerWithSample("PUT", "bookings", "96-error-put-without-rooms");
        change(reference).statusCode(503).body("type", equalTo("urn:hotel-agent:problem:pms-unavailable"));
        qloapps.answerWithSample("PUT", "bookings", "99-error-delete-booking");
        given().contentType(JSON).body(Map.of()).post("/api/bookings/" + reference + "/cancellation")
                .then().statusCode(503);
    }

    @Test
    void answersAuthenticationAndServerErrorsAsPmsUnavailable() {
        for (var sample : new String[] {"90-error-no-key", "91-error-bad-key", "92-error-unknown-resource",
                "92b-error-filter-computed-field", "98-error-ari-json-body"}) {
            qloapps.reset();
            breakers.resetAll();
            qloapps.answerWithSample(sample.startsWith("98") ? "POST" : "GET",
                    sample.startsWith("98") ? "hotel_ari" : "hotel_room_types", sample);

            quote(inDays(35), 2).statusCode(503).body("type", equalTo("urn:hotel-agent:problem:pms-unavailable"));
        }
        qloapps.reset();
        qloapps.answer("POST", "hotel_ari", 500, "{\"errors\":[{\"code\":3,\"message\":\"Undefined index\"}]}", 0);
        quote(inDays(35), 2).statusCode(503);
        assertThat(qloapps.requests("POST", "hotel_ari")).as("a read is retried twice").isEqualTo(3);
    }

    private ValidatableResponse quote(java.time.LocalDate checkIn, int nights) {
        return given().contentType(JSON).body(Stays.quote(checkIn, checkIn.plusDays(nights), 2, 0))
                .post("/api/hotels/" + HOTEL + "/availability").then();
    }

    private static ValidatableResponse book(Map<String, Object> body) {
        return given().contentType(JSON).header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .post("/api/hotels/" + HOTEL + "/bookings").then();
    }

    private static ValidatableResponse bookWithKey(Map<String, Object> body, String key) {
        return given().contentType(JSON).header("Idempotency-Key", key).body(body)
                .post("/api/hotels/" + HOTEL + "/bookings").then();
    }

    private static ValidatableResponse change(String reference) {
        return given().contentType(JSON).body(Map.of("adults", 1)).patch("/api/bookings/" + reference).then();
    }

}
