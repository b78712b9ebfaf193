package org.hotelagent.pms.builtin;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;

import org.hotelagent.pms.domain.Party;
import org.hotelagent.pms.domain.PriceBreakdown;
import org.hotelagent.pms.domain.RatePlan;
import org.hotelagent.pms.domain.RejectedException;
import org.hotelagent.pms.domain.Rejection;
import org.hotelagent.pms.domain.Rejection.Kind;
import org.hotelagent.pms.domain.RoomType;
import org.hotelagent.pms.domain.Stay;
import org.hotelagent.pms.domain.StayPolicy;
import org.hotelagent.pms.domain.TaxPolicy;
import org.hotelagent.pms.persistence.Hotel;

/** Checks a stay against the hotel's rules and prices it, inside the booking transaction. */
@ApplicationScoped
class Pricing {

    /** A room type and what one room of it costs for the stay. */
    record Priced(RoomType roomType, PriceBreakdown price) {
    }

    private final RoomTypeRepository roomTypes;

    Pricing(RoomTypeRepository roomTypes) {
        this.roomTypes = roomTypes;
    }

    /** Fails with a {@link RejectedException} when the stay breaks a rule or has no rate for some night. */
    Uni<Priced> price(SqlClient sql, Hotel hotel, String roomTypeId, Stay stay, Party party, LocalDate today) {
        return roomTypes.findByHotel(sql, hotel.id())
                .map(types -> types.stream().filter(type -> type.id().equals(roomTypeId)).findFirst()
                        .orElseThrow(() -> new Rejection(Kind.ROOM_TYPE_NOT_FOUND, "Hotel " + hotel.id()
                                + " has no room type " + roomTypeId).toException()))
                .invoke(type -> StayPolicy.checkBooking(today, stay, party, type).ifPresent(rejection -> {
                    throw rejection.toException();
                }))
                .chain(type -> roomTypes.ratePlans(sql, hotel.id(), stay).map(plans -> {
                    var nightly = plans.getOrDefault(type.id(), new RatePlan(List.of())).price(stay);
                    return nightly.map(prices -> new Priced(type, TaxPolicy.of(hotel).breakdown(prices, 1)))
                            .orElseThrow(() -> new Rejection(Kind.NO_AVAILABILITY, "No " + type.id()
                                    + " room is for sale on every night from " + stay.checkIn() + " to "
                                    + stay.checkOut()).toException());
                }));
    }
}
