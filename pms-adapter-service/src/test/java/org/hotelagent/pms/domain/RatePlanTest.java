package org.hotelagent.pms.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class RatePlanTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

    @Test
    void pricesEachNightWithTheWeekendUpliftOnFridayAndSaturday() {
        var plan = new RatePlan(List.of(new Rate(MONDAY.minusDays(30), null, new BigDecimal("95.00"),
                new BigDecimal("15"), 0)));

        var nightly = plan.price(new Stay(MONDAY.plusDays(3), MONDAY.plusDays(7))).orElseThrow();

        assertThat(nightly).extracting(NightPrice::amount).containsExactly(new BigDecimal("95.00"),
                new BigDecimal("109.25"), new BigDecimal("109.25"), new BigDecimal("95.00"));
    }

    @Test
    void aHigherPrioritySeasonWinsOverTheBaseRate() {
        var plan = new RatePlan(List.of(
                new Rate(MONDAY.minusDays(30), null, new BigDecimal("100.00"), BigDecimal.ZERO, 0),
                new Rate(MONDAY.plusDays(1), MONDAY.plusDays(2), new BigDecimal("150.00"), BigDecimal.ZERO, 1)));

        var nightly = plan.price(new Stay(MONDAY, MONDAY.plusDays(3))).orElseThrow();

        assertThat(nightly).extracting(NightPrice::amount).containsExactly(new BigDecimal("100.00"),
                new BigDecimal("150.00"), new BigDecimal("100.00"));
    }

    @Test
    void aNightWithoutRateMakesTheStayUnpriced() {
        var plan = new RatePlan(List.of(new Rate(MONDAY, MONDAY.plusDays(2), new BigDecimal("100.00"),
                BigDecimal.ZERO, 0)));

        assertThat(plan.price(new Stay(MONDAY, MONDAY.plusDays(3)))).isEmpty();
    }
}
