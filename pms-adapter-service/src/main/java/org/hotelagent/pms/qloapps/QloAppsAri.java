package org.hotelagent.pms.qloapps;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.vertx.core.json.JsonObject;

import org.hotelagent.pms.domain.NightPrice;
import org.hotelagent.pms.domain.Party;
import org.hotelagent.pms.domain.PriceBreakdown;
import org.hotelagent.pms.domain.QuoteOutcome;
import org.hotelagent.pms.domain.RoomType;
import org.hotelagent.pms.domain.RoomTypeQuote;
import org.hotelagent.pms.domain.Stay;

/**
 * The {@code hotel_ari} search: its XML request, and its answer read as offers (pure). QloApps prices include the
 * room type's auto-added services; {@code total_price_with_tax} covers every requested room for the whole stay.
 * QloApps gives no price per night in this answer, so the nightly prices are the stay's price spread evenly.
 */
final class QloAppsAri {

    /** One room type in the answer: its free rooms and what the requested rooms cost, with and without tax. */
    record Offer(String roomTypeId, List<Integer> freeRooms, BigDecimal total, BigDecimal totalWithoutTax) {
    }

    private QloAppsAri() {
    }

    /** Only available rooms are listed (QloApps' default when no {@code get_*} flag is sent). */
    static String request(int hotelId, Stay stay, List<Party> rooms, String roomTypeId) {
        var occupancies = rooms.stream().map(party -> "<room_occupancy><adults>" + party.adults()
                + "</adults><children>" + party.children() + "</children></room_occupancy>")
                .collect(Collectors.joining());
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><qloapps><hotel_ari><id_hotel>" + hotelId + "</id_hotel>"
                + (roomTypeId == null ? "" : "<id_room_type>" + roomTypeId + "</id_room_type>")
                + "<date_from>" + stay.checkIn() + "</date_from><date_to>" + stay.checkOut() + "</date_to>"
                + "<associations><room_occupancies>" + occupancies + "</room_occupancies></associations>"
                + "</hotel_ari></qloapps>";
    }

    static Map<String, Offer> offers(JsonObject ari) {
        return QloAppsJson.objects(ari.getValue("room_types")).stream().map(QloAppsAri::offer)
                .collect(Collectors.toMap(Offer::roomTypeId, Function.identity(), (first, second) -> first));
    }

    static Optional<Offer> offer(JsonObject ari, String roomTypeId) {
        return Optional.ofNullable(offers(ari).get(roomTypeId));
    }

    /** The eligible room types QloApps prices, each with its free rooms (0 when sold out). */
    static QuoteOutcome.Quoted quote(JsonObject ari, Stay stay, List<Party> rooms, List<RoomType> eligible) {
        var offers = offers(ari);
        var quotes = eligible.stream().filter(type -> offers.containsKey(type.id()))
                .map(type -> new RoomTypeQuote(type, offers.get(type.id()).freeRooms().size(),
                        price(offers.get(type.id()), stay, rooms.size())))
                .toList();
        return new QuoteOutcome.Quoted(ari.getString("currency"), quotes);
    }

    static PriceBreakdown price(Offer offer, Stay stay, int rooms) {
        var perRoom = offer.total().divide(BigDecimal.valueOf(rooms), 2, RoundingMode.HALF_UP);
        return new PriceBreakdown(spread(perRoom, stay), offer.total().setScale(2, RoundingMode.HALF_UP),
                offer.total().subtract(offer.totalWithoutTax()).setScale(2, RoundingMode.HALF_UP), true);
    }

    /** The amount over the nights in whole cents, the last night taking the remainder, so they sum to it. */
    static List<NightPrice> spread(BigDecimal amount, Stay stay) {
        var nights = stay.nightDates();
        var each = amount.divide(BigDecimal.valueOf(nights.size()), 2, RoundingMode.DOWN);
        var prices = new ArrayList<NightPrice>();
        for (int i = 0; i < nights.size(); i++) {
            var last = i == nights.size() - 1;
            prices.add(new NightPrice(nights.get(i), last
                    ? amount.subtract(each.multiply(BigDecimal.valueOf(nights.size() - 1))) : each));
        }
        return List.copyOf(prices);
    }

    private static Offer offer(JsonObject type) {
        var available = QloAppsJson.object(type, "rooms").getValue("available");
        var free = QloAppsJson.objects(available).stream().map(room -> QloAppsJson.integer(room.getValue("id_room")))
                .sorted().toList();
        return new Offer(String.valueOf(QloAppsJson.integer(type.getValue("id_room_type"))), free,
                QloAppsJson.decimal(type.getValue("total_price_with_tax")),
                QloAppsJson.decimal(type.getValue("total_price")));
    }
}
