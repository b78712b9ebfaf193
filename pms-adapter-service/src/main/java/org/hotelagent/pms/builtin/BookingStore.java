package org.hotelagent.pms.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;

import org.hotelagent.pms.builtin.BookingRepository.Stored;
import org.hotelagent.pms.builtin.Pricing.Priced;
import org.hotelagent.pms.domain.Booking;
import org.hotelagent.pms.domain.BookingOutcome;
import org.hotelagent.pms.domain.BookingRequest;
import org.hotelagent.pms.domain.RejectedException;
import org.hotelagent.pms.domain.Rejection;
import org.hotelagent.pms.domain.Rejection.Kind;
import org.hotelagent.pms.domain.Stay;
import org.hotelagent.pms.persistence.Hotel;

/** The writes of a booking transaction: idempotency key, room claim, booking row. */
@ApplicationScoped
class BookingStore {

    private final BookingRepository bookings;
    private final InventoryRepository inventory;
    private final IdempotencyRepository keys;

    BookingStore(BookingRepository bookings, InventoryRepository inventory, IdempotencyRepository keys) {
        this.bookings = bookings;
        this.inventory = inventory;
        this.keys = keys;
    }

    Uni<Optional<Stored>> find(SqlClient sql, String reference, boolean lock) {
        return bookings.find(sql, reference, lock);
    }

    /** Empty when this transaction owns the key; the earlier outcome when a committed request used it. */
    Uni<Optional<BookingOutcome>> claimKey(SqlClient sql, BookingRequest request) {
        return keys.claim(sql, request.idempotencyKey(), request.requestHash()).chain(claimed -> {
            if (claimed.isEmpty()) {
                return Uni.createFrom().item(Optional.empty());
            }
            if (!claimed.get().requestHash().equals(request.requestHash())) {
                throw new Rejection(Kind.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key " + request.idempotencyKey()
                        + " was already used for a different booking request").toException();
            }
            return bookings.findById(sql, claimed.get().bookingId())
                    .map(stored -> Optional.of(new BookingOutcome.Replayed(stored.booking())));
        });
    }

    Uni<BookingOutcome> book(SqlClient sql, Hotel hotel, BookingRequest request, Priced priced) {
        var wanted = new Booking(null, hotel.id(), Booking.Status.CONFIRMED, request.roomTypeId(), null,
                request.stay(), request.party(), priced.price().nightly(), priced.price().total(),
                priced.price().taxes(), hotel.currency(), request.guest(), request.conversationId());
        return bookings.nextId(sql).chain(id -> claimRoom(sql, wanted, null, id)
                .chain(room -> bookings.insert(sql, id, withRoom(wanted, room)))
                .call(() -> keys.link(sql, request.idempotencyKey(), id)))
                .map(stored -> new BookingOutcome.Created(stored.booking()));
    }

    /** The booking, locked for this transaction; fails when it does not exist or is cancelled. */
    Uni<Stored> lockConfirmed(SqlClient sql, String reference) {
        return bookings.find(sql, reference, true).map(found -> {
            var stored = found.orElseThrow(() -> notFound(reference));
            if (stored.booking().cancelled()) {
                throw new Rejection(Kind.BOOKING_CANCELLED, "Booking " + reference + " is cancelled").toException();
            }
            return stored;
        });
    }

    /** Moves the booking to the wanted stay, keeping its room when that room is free for the new nights. */
    Uni<BookingOutcome> move(SqlClient sql, Stored before, Booking wanted, Priced priced) {
        var repriced = new Booking(wanted.reference(), wanted.hotelId(), wanted.status(), wanted.roomTypeId(),
                wanted.roomNumber(), wanted.stay(), wanted.party(), priced.price().nightly(), priced.price().total(),
                priced.price().taxes(), wanted.currency(), wanted.guest(), wanted.conversationId());
        var keep = wanted.roomTypeId().equals(before.booking().roomTypeId()) ? before.booking().roomNumber() : null;
        return inventory.release(sql, before.id())
                .chain(() -> claimRoom(sql, repriced, keep, before.id()))
                .chain(room -> bookings.update(sql, before.id(), withRoom(repriced, room)))
                .map(after -> new BookingOutcome.Updated(before.booking(), after.booking()));
    }

    Uni<BookingOutcome> cancel(SqlClient sql, Stored stored, String reason) {
        return inventory.release(sql, stored.id())
                .chain(() -> bookings.cancel(sql, stored.id(), reason))
                .map(after -> new BookingOutcome.Updated(stored.booking(), after.booking()));
    }

    static RejectedException notFound(String reference) {
        return new Rejection(Kind.BOOKING_NOT_FOUND, "No booking has reference " + reference).toException();
    }

    private Uni<String> claimRoom(SqlClient sql, Booking booking, String preferred, long bookingId) {
        var stay = booking.stay();
        return inventory.freeRooms(sql, booking.hotelId(), booking.roomTypeId(), stay)
                .map(free -> preferredFirst(free, preferred))
                .chain(candidates -> inventory.claimFirst(sql, booking.hotelId(), candidates, stay, bookingId))
                .map(room -> room.orElseThrow(() -> noAvailability(booking.roomTypeId(), stay)));
    }

    private static List<String> preferredFirst(List<String> free, String preferred) {
        if (preferred == null || !free.contains(preferred)) {
            return free;
        }
        var ordered = new ArrayList<String>(free.size());
        ordered.add(preferred);
        free.stream().filter(room -> !room.equals(preferred)).forEach(ordered::add);
        return ordered;
    }

    private static RejectedException noAvailability(String roomType, Stay stay) {
        return new Rejection(Kind.NO_AVAILABILITY, "No " + roomType + " room is free on every night from "
                + stay.checkIn() + " to " + stay.checkOut()).toException();
    }

    private static Booking withRoom(Booking b, String room) {
        return new Booking(b.reference(), b.hotelId(), b.status(), b.roomTypeId(), room, b.stay(), b.party(),
                b.nightly(), b.total(), b.taxes(), b.currency(), b.guest(), b.conversationId());
    }
}
