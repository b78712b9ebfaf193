package org.hotelagent.pms.api;

import static io.restassured.RestAssured.given;
import static io.restassured.http.ContentType.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hotelagent.pms.TestHotels.inDays;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;

import org.hotelagent.pms.Stays;
import org.hotelagent.pms.TestHotels;

@QuarkusTest
class AvailabilityResourceTest {

    @Inject
    Pool pool;

    private String hotel;

    @BeforeEach
    void createHotel() {
        hotel = TestHotels.create(pool, 2);
    }

    @Test
    void quotesNightlyPricesThatSumToTheTotalWithTheVatInside() {
        var checkIn = inDays(10);

        var quote = quote(Stays.quote(checkIn, checkIn.plusDays(7), 2, 0)).statusCode(200)
                .body("nights", equalTo(7)).body("currency", equalTo("EUR")).extract().jsonPath();

        var nightly = quote.getList("offers.find { it.roomTypeId == 'double' }.nightly", Map.class);
        assertThat(nightly).hasSize(7).allSatisfy(night -> {
            var weekend = List.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY)
                    .contains(LocalDate.parse((String) night.get("night")).getDayOfWeek());
            assertThat(new BigDecimal(night.get("price").toString())).isEqualByComparingTo(weekend ? "120" : "100");
        });
        var sum = nightly.stream().map(n -> new BigDecimal(n.get("price").toString()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(offer(quote, "double", "total")).isEqualByComparingTo(sum).isEqualByComparingTo("740");
        assertThat(offer(quote, "double", "taxes")).isEqualByComparingTo(
                sum.multiply(BigDecimal.TEN).divide(BigDecimal.valueOf(110), 2, RoundingMode.HALF_UP));
        assertThat(quote.getBoolean("offers.find { it.roomTypeId == 'double' }.taxesIncluded")).isTrue();
        assertThat(quote.getInt("offers.find { it.roomTypeId == 'suite' }.available")).isEqualTo(2);
    }

    @Test
    void pricesEveryRequestedRoom() {
        var checkIn = inDays(20);
        var body = Map.of("checkIn", checkIn.toString(), "checkOut", checkIn.plusDays(2).toString(),
                "rooms", List.of(Map.of("adults", 2), Map.of("adults", 1, "children", 1)));

        var quote = quote(body).statusCode(200).extract().jsonPath();

        assertThat(offer(quote, "suite", "total")).isEqualByComparingTo("800.00");
    }

    @Test
    void leavesOutRoomTypesWhoseLengthOfStayDoesNotFit() {
        var checkIn = inDays(5);

        quote(Stays.quote(checkIn, checkIn.plusDays(1), 2, 0)).statusCode(200)
                .body("offers.roomTypeId", equalTo(List.of("double")));
    }

    @Test
    void refusesACheckInInThePast() {
        quote(Stays.quote(inDays(-1), inDays(2), 2, 0)).statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:hotel-agent:problem:invalid-stay"))
                .body("detail", containsString("is in the past"));
    }

    @Test
    void refusesACheckOutNotAfterCheckIn() {
        quote(Stays.quote(inDays(3), inDays(3), 2, 0)).statusCode(422)
                .body("type", equalTo("urn:hotel-agent:problem:invalid-stay"));
    }

    @Test
    void refusesAPartyNoRoomTakes() {
        quote(Stays.quote(inDays(3), inDays(5), 4, 0)).statusCode(422)
                .body("type", equalTo("urn:hotel-agent:problem:occupancy-exceeded"))
                .body("detail", containsString("at most 3 adults"));
        quote(Stays.quote(inDays(3), inDays(5), 1, 3)).statusCode(422)
                .body("type", equalTo("urn:hotel-agent:problem:occupancy-exceeded"));
    }

    @Test
    void refusesAStayLongerThanAnyRoomTypeAllows() {
        quote(Stays.quote(inDays(3), inDays(18), 2, 0)).statusCode(422)
                .body("type", equalTo("urn:hotel-agent:problem:length-of-stay"))
                .body("detail", containsString("1 to 14 nights"));
    }

    @Test
    void refusesARequestWithoutDates() {
        quote(Map.of("rooms", List.of(Map.of("adults", 2)))).statusCode(400)
                .body("type", equalTo("urn:hotel-agent:problem:invalid-request"));
    }

    @Test
    void quotesTheSeededDemoHotel() {
        given().contentType(JSON).body(Stays.quote(inDays(30), inDays(32), 2, 0))
                .post("/api/hotels/demo-hotel/availability")
                .then().statusCode(200)
                .body("offers.roomTypeId", equalTo(List.of("double", "twin", "suite", "family")))
                .body("offers[0].available", equalTo(6));
    }

    private io.restassured.response.ValidatableResponse quote(Object body) {
        return given().contentType(JSON).body(body).post("/api/hotels/" + hotel + "/availability").then();
    }

    private static BigDecimal offer(JsonPath quote, String type, String field) {
        return new BigDecimal(quote.getString("offers.find { it.roomTypeId == '" + type + "' }." + field));
    }
}
