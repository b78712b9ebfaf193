package org.hotelagent.pms.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.smallrye.mutiny.Uni;

import org.hotelagent.pms.persistence.Hotel;

/**
 * The boundary every property-management system implements (the built-in PMS, QloApps). Implementations enforce
 * {@link StayPolicy}, answer refusals as {@code Rejected} outcomes rather than failures, and fail the {@code Uni}
 * only when the PMS itself cannot answer.
 */
public interface PmsProvider {

    /** The provider's name in events: {@code builtin} or {@code qloapps}. */
    String name();

    /** Whether this provider issued the booking reference (each provider has its own reference format). */
    boolean owns(String reference);

    Uni<List<RoomType>> roomTypes(Hotel hotel);

    /** Free rooms and prices per fitting room type; {@code today} is the hotel's local date. */
    Uni<QuoteOutcome> quote(Hotel hotel, Stay stay, List<Party> rooms, LocalDate today);

    /**
     * Books one room. Idempotent on {@link BookingRequest#idempotencyKey()}: a retry, even a concurrent one, is
     * answered {@code Replayed} with the booking the first request created.
     */
    Uni<BookingOutcome> create(Hotel hotel, BookingRequest request, LocalDate today);

    Uni<Optional<Booking>> find(String reference);

    /** Changes dates, party, room type or contact, keeping the guest's room when it is free for the new stay. */
    Uni<BookingOutcome> modify(Hotel hotel, String reference, BookingModification change, LocalDate today);

    /** Cancels and frees the room; cancelling a cancelled booking is answered {@code Replayed}. */
    Uni<BookingOutcome> cancel(String reference, String reason);
}
