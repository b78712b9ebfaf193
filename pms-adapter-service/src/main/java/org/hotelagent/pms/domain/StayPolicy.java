package org.hotelagent.pms.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.hotelagent.pms.domain.Rejection.Kind;

/**
 * The rules every provider enforces before it quotes or books, whatever the PMS behind it checks itself: no
 * check-in in the past (in the hotel's time zone), at least one night, occupancy within the room type's limits
 * and the room type's minimum and maximum length of stay.
 */
public final class StayPolicy {

    private StayPolicy() {
    }

    /** Refuses a quote no room type can satisfy; otherwise the caller quotes {@link #eligible} room types. */
    public static Optional<Rejection> checkQuote(LocalDate today, Stay stay, List<Party> rooms, List<RoomType> types) {
        var invalid = checkDates(today, stay).or(() -> rooms.stream().map(StayPolicy::checkParty)
                .flatMap(Optional::stream).findFirst());
        if (invalid.isPresent()) {
            return invalid;
        }
        var tooLarge = rooms.stream().filter(party -> types.stream().noneMatch(type -> type.fits(party))).findFirst();
        if (tooLarge.isPresent()) {
            return Optional.of(new Rejection(Kind.OCCUPANCY_EXCEEDED, "No room of this hotel takes "
                    + describe(tooLarge.get()) + "; the largest room types take " + largest(types)));
        }
        var fitting = types.stream().filter(type -> rooms.stream().allMatch(type::fits)).toList();
        if (!fitting.isEmpty() && fitting.stream().noneMatch(type -> type.allowsNights(stay.nights()))) {
            return Optional.of(new Rejection(Kind.LENGTH_OF_STAY, "Stays of " + stay.nights()
                    + " nights are not offered for this party; " + limits(fitting)));
        }
        return Optional.empty();
    }

    /** The room types that take every party of the request for this many nights. */
    public static List<RoomType> eligible(Stay stay, List<Party> rooms, List<RoomType> types) {
        return types.stream().filter(type -> rooms.stream().allMatch(type::fits))
                .filter(type -> type.allowsNights(stay.nights())).toList();
    }

    /** Refuses booking this party into this room type for this stay. */
    public static Optional<Rejection> checkBooking(LocalDate today, Stay stay, Party party, RoomType type) {
        return checkDates(today, stay).or(() -> checkParty(party)).or(() -> {
            if (!type.fits(party)) {
                return Optional.of(new Rejection(Kind.OCCUPANCY_EXCEEDED, "A " + type.id() + " room takes at most "
                        + type.maxAdults() + " adults, " + type.maxChildren() + " children and " + type.maxGuests()
                        + " guests; asked for " + describe(party)));
            }
            if (!type.allowsNights(stay.nights())) {
                return Optional.of(new Rejection(Kind.LENGTH_OF_STAY, "A " + type.id() + " room is booked for "
                        + type.minStay() + " to " + type.maxStay() + " nights; asked for " + stay.nights()));
            }
            return Optional.empty();
        });
    }

    static Optional<Rejection> checkDates(LocalDate today, Stay stay) {
        if (stay.checkIn().isBefore(today)) {
            return Optional.of(new Rejection(Kind.INVALID_STAY, "Check-in " + stay.checkIn()
                    + " is in the past; today is " + today + " at the hotel"));
        }
        if (!stay.checkOut().isAfter(stay.checkIn())) {
            return Optional.of(new Rejection(Kind.INVALID_STAY, "Check-out " + stay.checkOut()
                    + " must be after check-in " + stay.checkIn()));
        }
        return Optional.empty();
    }

    static Optional<Rejection> checkParty(Party party) {
        if (party.adults() < 1 || party.children() < 0) {
            return Optional.of(new Rejection(Kind.INVALID_STAY,
                    "Every room needs at least one adult and no negative number of children"));
        }
        return Optional.empty();
    }

    private static String describe(Party party) {
        return party.adults() + " adults and " + party.children() + " children";
    }

    private static String largest(List<RoomType> types) {
        return "at most " + types.stream().mapToInt(RoomType::maxAdults).max().orElse(0) + " adults, "
                + types.stream().mapToInt(RoomType::maxChildren).max().orElse(0) + " children and "
                + types.stream().mapToInt(RoomType::maxGuests).max().orElse(0) + " guests per room";
    }

    private static String limits(List<RoomType> types) {
        return "the room types that fit take " + types.stream().mapToInt(RoomType::minStay).min().orElse(0)
                + " to " + types.stream().mapToInt(RoomType::maxStay).max().orElse(0) + " nights";
    }
}
