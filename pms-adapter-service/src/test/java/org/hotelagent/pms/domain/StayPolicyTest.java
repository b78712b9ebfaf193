package org.hotelagent.pms.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.hotelagent.pms.domain.Rejection.Kind;

class StayPolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    private static final RoomType DOUBLE = new RoomType("double", Map.of("en", "Double"), "1 double bed", 2, 2, 1,
            3, 1, 14);
    private static final RoomType FAMILY = new RoomType("family", Map.of("en", "Family"), "3 beds", 4, 4, 3, 5, 2,
            21);
    private static final List<RoomType> TYPES = List.of(DOUBLE, FAMILY);

    @Test
    void refusesACheckInBeforeTheHotelsToday() {
        var stay = new Stay(TODAY.minusDays(1), TODAY.plusDays(1));

        assertThat(StayPolicy.checkQuote(TODAY, stay, List.of(new Party(2, 0)), TYPES))
                .hasValueSatisfying(r -> assertThat(r.kind()).isEqualTo(Kind.INVALID_STAY));
    }

    @Test
    void refusesACheckOutThatIsNotAfterCheckIn() {
        var stay = new Stay(TODAY.plusDays(2), TODAY.plusDays(2));

        assertThat(StayPolicy.checkQuote(TODAY, stay, List.of(new Party(2, 0)), TYPES))
                .hasValueSatisfying(r -> assertThat(r.detail()).contains("must be after check-in"));
    }

    @Test
    void refusesAPartyNoRoomTypeTakes() {
        var stay = new Stay(TODAY, TODAY.plusDays(2));

        assertThat(StayPolicy.checkQuote(TODAY, stay, List.of(new Party(2, 4)), TYPES))
                .hasValueSatisfying(r -> assertThat(r.kind()).isEqualTo(Kind.OCCUPANCY_EXCEEDED));
    }

    @Test
    void refusesAStayLongerThanEveryFittingTypeAllows() {
        var fifteenNights = new Stay(TODAY, TODAY.plusDays(15));
        var threeWeeksAndADay = new Stay(TODAY, TODAY.plusDays(22));

        assertThat(StayPolicy.checkQuote(TODAY, threeWeeksAndADay, List.of(new Party(2, 0)), TYPES))
                .hasValueSatisfying(r -> assertThat(r.detail()).contains("1 to 21 nights"));
        assertThat(StayPolicy.checkQuote(TODAY, fifteenNights, List.of(new Party(2, 0)), TYPES)).isEmpty();
    }

    @Test
    void offersOnlyTypesThatTakeEveryRoomForTheNights() {
        var oneNight = new Stay(TODAY, TODAY.plusDays(1));

        assertThat(StayPolicy.eligible(oneNight, List.of(new Party(2, 0)), TYPES)).containsExactly(DOUBLE);
        assertThat(StayPolicy.eligible(new Stay(TODAY, TODAY.plusDays(2)), List.of(new Party(2, 0),
                new Party(1, 2)), TYPES)).containsExactly(FAMILY);
    }

    @Test
    void refusesBookingMoreChildrenThanTheRoomTypeTakes() {
        var stay = new Stay(TODAY, TODAY.plusDays(2));

        assertThat(StayPolicy.checkBooking(TODAY, stay, new Party(1, 2), DOUBLE))
                .hasValueSatisfying(r -> assertThat(r.detail()).contains("at most 2 adults, 1 children"));
    }
}
