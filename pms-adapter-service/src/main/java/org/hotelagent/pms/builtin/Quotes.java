package org.hotelagent.pms.builtin;

import java.util.List;
import java.util.Map;

import org.hotelagent.pms.domain.Party;
import org.hotelagent.pms.domain.QuoteOutcome;
import org.hotelagent.pms.domain.RatePlan;
import org.hotelagent.pms.domain.RoomType;
import org.hotelagent.pms.domain.RoomTypeQuote;
import org.hotelagent.pms.domain.Stay;
import org.hotelagent.pms.domain.StayPolicy;
import org.hotelagent.pms.domain.TaxPolicy;
import org.hotelagent.pms.persistence.Hotel;

/** Turns room types, free-room counts and rate plans into the offers of a quote (pure). */
final class Quotes {

    private Quotes() {
    }

    /** One offer per eligible room type that has a rate on every night; a sold-out type is offered with 0 free. */
    static QuoteOutcome offers(Hotel hotel, Stay stay, List<Party> rooms, List<RoomType> types,
                               Map<String, Integer> free, Map<String, RatePlan> plans) {
        var taxes = TaxPolicy.of(hotel);
        var offers = StayPolicy.eligible(stay, rooms, types).stream()
                .flatMap(type -> plans.getOrDefault(type.id(), new RatePlan(List.of())).price(stay).stream()
                        .map(nightly -> new RoomTypeQuote(type, free.getOrDefault(type.id(), 0),
                                taxes.breakdown(nightly, rooms.size()))))
                .toList();
        return new QuoteOutcome.Quoted(hotel.currency(), offers);
    }
}
