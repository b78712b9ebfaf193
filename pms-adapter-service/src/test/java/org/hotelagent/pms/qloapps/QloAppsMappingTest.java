package org.hotelagent.pms.qloapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import org.hotelagent.pms.domain.GuestContact;
import org.hotelagent.pms.domain.NightPrice;
import org.hotelagent.pms.domain.Party;
import org.hotelagent.pms.domain.Stay;

/** The pure QloApps mappings, on the samples' shapes. */
class QloAppsMappingTest {

    private final GuestIdentity identity = new GuestIdentity("guests.example.invalid");

    @Test
    void readsNumbersAsNumbersOrStrings() {
        assertThat(QloAppsJson.decimal("1000.000000")).isEqualByComparingTo("1000");
        assertThat(QloAppsJson.decimal(2600)).isEqualByComparingTo("2600");
        assertThat(QloAppsJson.decimal(12.5)).isEqualByComparingTo("12.5");
        assertThat(QloAppsJson.integer("3")).isEqualTo(3);
        assertThat(QloAppsJson.decimal(null)).isZero();
    }

    @Test
    void readsMapsKeyedByIdAndEmptyListsAsObjects() {
        var keyed = new JsonObject().put("1", new JsonObject().put("id_room", 1)).put("2", new JsonObject()
                .put("id_room", 2));

        assertThat(QloAppsJson.objects(keyed)).hasSize(2);
        assertThat(QloAppsJson.objects(new JsonArray())).isEmpty();
        assertThat(QloAppsJson.object(new JsonObject().put("rooms", new JsonArray()), "rooms")).isEmpty();
    }

    @Test
    void readsTheSampledAvailabilityAsOffers() {
        var ari = FakeQloApps.sample("10-availability-search").getJsonObject("response").getJsonObject("body")
                .getJsonObject("hotel_ari");

        var offer = QloAppsAri.offer(ari, "1").orElseThrow();

        assertThat(offer.freeRooms()).containsExactly(1, 2, 3, 4, 5);
        var price = QloAppsAri.price(offer, new Stay(LocalDate.parse("2027-01-24"), LocalDate.parse("2027-01-26")), 1);
        assertThat(price.total()).isEqualByComparingTo("2600");
        assertThat(price.taxes()).isEqualByComparingTo("100");
        assertThat(price.nightly()).extracting(NightPrice::amount).containsExactly(new BigDecimal("1300.00"),
                new BigDecimal("1300.00"));
    }

    @Test
    void spreadsAStayPriceOverItsNightsInWholeCents() {
        var stay = new Stay(LocalDate.parse("2027-01-24"), LocalDate.parse("2027-01-27"));

        var nightly = QloAppsAri.spread(new BigDecimal("100.00"), stay);

        assertThat(nightly).extracting(NightPrice::amount).containsExactly(new BigDecimal("33.33"),
                new BigDecimal("33.33"), new BigDecimal("33.34"));
    }

    @Test
    void writesTheAriRequestAsXmlWithOneOccupancyPerRoom() {
        var xml = QloAppsAri.request(1, new Stay(LocalDate.parse("2027-01-24"), LocalDate.parse("2027-01-26")),
                List.of(new Party(2, 0), new Party(1, 1)), "3");

        assertThat(xml).startsWith("<?xml").contains("<id_hotel>1</id_hotel>", "<id_room_type>3</id_room_type>",
                "<date_from>2027-01-24</date_from>", "<date_to>2027-01-26</date_to>");
        assertThat(xml.split("<room_occupancy>")).hasSize(3);
    }

    @Test
    void readsTheSampledBookingAsOurs() {
        var json = FakeQloApps.sample("22-get-booking").getJsonObject("response").getJsonObject("body")
                .getJsonObject("booking");

        var booking = QloAppsBookings.booking(new QloAppsReference("lisbon", 1), json, false,
                java.util.Map.of(1, "GR-101"), identity);

        assertThat(booking.reference()).isEqualTo("QLO-lisbon-1");
        assertThat(booking.roomNumber()).isEqualTo("GR-101");
        assertThat(booking.total()).isEqualByComparingTo("2600");
        assertThat(booking.taxes()).isEqualByComparingTo("100");
        assertThat(booking.party()).isEqualTo(new Party(2, 0));
        assertThat(booking.guest().email()).isEqualTo("jane.doe.20261125231227@example.com");
        assertThat(QloAppsBookings.currentLine(json).getJsonArray("rooms").getJsonObject(0).getInteger("id_room"))
                .isEqualTo(1);
    }

    @Test
    void resolvesReferencesBackToHotelAndOrder() {
        assertThat(QloAppsReference.parse("QLO-my-hotel-42")).contains(new QloAppsReference("my-hotel", 42));
        assertThat(QloAppsReference.parse("HR-2026-00042")).isEmpty();
        assertThat(QloAppsReference.parse("QLO-hotel-x")).isEmpty();
    }

    @Test
    void givesAGuestWithoutEmailAStablePlaceholderAndReadsItBackAsNone() {
        var guest = new GuestContact("Ana María López", null, null, "whatsapp:+34600111222", "es");

        var customer = identity.customer(guest);
        var remark = identity.remark(guest, "key-1");

        assertThat(customer.getString("email")).isEqualTo(identity.customer(guest).getString("email"))
                .matches("guest-[0-9a-f]{16}@guests\\.example\\.invalid");
        assertThat(customer.getString("firstname")).isEqualTo("Ana");
        assertThat(customer.getString("lastname")).isEqualTo("María López");
        assertThat(customer.getString("phone")).isEqualTo("+34600111222");
        var back = identity.guest(customer, List.of("Changed by the hotel agent", remark));
        assertThat(back).isEqualTo(new GuestContact("Ana María López", null, "+34600111222",
                "whatsapp:+34600111222", null));
    }
}
