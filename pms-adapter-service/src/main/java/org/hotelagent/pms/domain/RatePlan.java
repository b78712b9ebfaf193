package org.hotelagent.pms.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The rate rules of one room type; prices a stay night by night, the highest-priority covering rule winning. */
public record RatePlan(List<Rate> rates) {

    private static final Comparator<Rate> PRECEDENCE =
            Comparator.comparingInt(Rate::priority).thenComparing(Rate::validFrom);

    public RatePlan {
        rates = List.copyOf(rates);
    }

    /** The nightly prices of the stay, or empty when some night has no rate (the room type is not for sale). */
    public Optional<List<NightPrice>> price(Stay stay) {
        var prices = new ArrayList<NightPrice>();
        for (var night : stay.nightDates()) {
            var rate = rates.stream().filter(r -> r.covers(night)).max(PRECEDENCE);
            if (rate.isEmpty()) {
                return Optional.empty();
            }
            prices.add(new NightPrice(night, rate.get().priceOf(night)));
        }
        return Optional.of(List.copyOf(prices));
    }
}
