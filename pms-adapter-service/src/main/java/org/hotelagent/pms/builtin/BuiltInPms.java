package org.hotelagent.pms.builtin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;

import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

import org.hotelagent.pms.builtin.BookingRepository.Stored;
import org.hotelagent.pms.builtin.Pricing.Priced;
import org.hotelagent.pms.domain.Booking;
import org.hotelagent.pms.domain.BookingModification;
import org.hotelagent.pms.domain.BookingOutcome;
import org.hotelagent.pms.domain.BookingRequest;
import org.hotelagent.pms.domain.Party;
import org.hotelagent.pms.domain.PmsProvider;
import org.hotelagent.pms.domain.QuoteOutcome;
import org.hotelagent.pms.domain.RejectedException;
import org.hotelagent.pms.domain.Rejection;
import org.hotelagent.pms.domain.Rejection.Kind;
import org.hotelagent.pms.domain.RoomType;
import org.hotelagent.pms.domain.Stay;
import org.hotelagent.pms.domain.StayPolicy;
import org.hotelagent.pms.persistence.Hotel;

/**
 * The built-in PMS on PostgreSQL. Every write is one transaction that re-prices the stay and claims the room's
 * nights; the {@code room_nights} primary key decides races for the last room and the {@code idempotency_keys}
 * primary key makes a repeated request return the first booking.
 * <p>
 * Fault tolerance: reads time out after 2 s, writes after 5 s, and a breaker per operation opens when half of 20
 * calls fail, so a slow or absent database answers {@code pms-unavailable} fast. A write that timed out may still
 * commit; the caller's retry with the same Idempotency-Key then answers that booking. Refusals are outcomes, not
 * failures, so they never open a breaker. Tuned per environment with {@code <class>/<method>/Timeout/value}.
 */
@ApplicationScoped
class BuiltInPms implements PmsProvider {

    private static final String DEADLOCK = "40P01";

    private final Pool pool;
    private final RoomTypeRepository roomTypes;
    private final Pricing pricing;
    private final BookingStore store;

    BuiltInPms(Pool pool, RoomTypeRepository roomTypes, Pricing pricing, BookingStore store) {
        this.pool = pool;
        this.roomTypes = roomTypes;
        this.pricing = pricing;
        this.store = store;
    }

    @Override
    public String name() {
        return "builtin";
    }

    @Override
    public boolean owns(String reference) {
        return reference.startsWith("HR-");
    }

    @Override
    @Timeout(2000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000)
    public Uni<List<RoomType>> roomTypes(Hotel hotel) {
        return roomTypes.findByHotel(pool, hotel.id());
    }

    @Override
    @Timeout(2000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000)
    public Uni<QuoteOutcome> quote(Hotel hotel, Stay stay, List<Party> rooms, LocalDate today) {
        return roomTypes.findByHotel(pool, hotel.id()).chain(types -> StayPolicy.checkQuote(today, stay, rooms, types)
                .map(rejection -> Uni.createFrom().<QuoteOutcome>item(new QuoteOutcome.Rejected(rejection)))
                .orElseGet(() -> Uni.combine().all()
                        .unis(roomTypes.freeRoomCounts(pool, hotel.id(), stay),
                                roomTypes.ratePlans(pool, hotel.id(), stay))
                        .with((free, plans) -> Quotes.offers(hotel, stay, rooms, types, free, plans))));
    }

    @Override
    @Timeout(5000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000)
    public Uni<BookingOutcome> create(Hotel hotel, BookingRequest request, LocalDate today) {
        return transaction(sql -> store.claimKey(sql, request).chain(claimed -> claimed.isPresent()
                ? Uni.createFrom().item(claimed.get())
                : pricing.price(sql, hotel, request.roomTypeId(), request.stay(), request.party(), today)
                        .invoke(priced -> checkQuote(request.quotedTotal(), priced))
                        .chain(priced -> store.book(sql, hotel, request, priced))));
    }

    @Override
    @Timeout(2000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000)
    public Uni<Optional<Booking>> find(String reference) {
        return store.find(pool, reference, false).map(found -> found.map(Stored::booking));
    }

    @Override
    @Timeout(5000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000)
    public Uni<BookingOutcome> modify(Hotel hotel, String reference, BookingModification change, LocalDate today) {
        return transaction(sql -> store.lockConfirmed(sql, reference).chain(before -> {
            var wanted = change.applyTo(before.booking());
            var earliest = before.booking().stay().checkIn().isBefore(today) ? before.booking().stay().checkIn()
                    : today;
            return pricing.price(sql, hotel, wanted.roomTypeId(), wanted.stay(), wanted.party(), earliest)
                    .invoke(priced -> checkQuote(change.quotedTotal(), priced))
                    .chain(priced -> store.move(sql, before, wanted, priced));
        }));
    }

    @Override
    @Timeout(5000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000)
    public Uni<BookingOutcome> cancel(String reference, String reason) {
        return transaction(sql -> store.find(sql, reference, true).chain(found -> {
            var stored = found.orElseThrow(() -> BookingStore.notFound(reference));
            return stored.booking().cancelled()
                    ? Uni.createFrom().item(new BookingOutcome.Replayed(stored.booking()))
                    : store.cancel(sql, stored, reason);
        }));
    }

    /**
     * Runs the work in one transaction; a refusal rolls it back and becomes a {@code Rejected} outcome. A deadlock
     * (possible when a modification re-claims nights a concurrent booking is claiming) rolls everything back, so the
     * transaction simply runs again.
     */
    private Uni<BookingOutcome> transaction(Function<SqlConnection, Uni<BookingOutcome>> work) {
        return pool.withTransaction(work)
                .onFailure(BuiltInPms::deadlocked).retry().atMost(2)
                .onFailure(RejectedException.class).recoverWithItem(failure ->
                        new BookingOutcome.Rejected(((RejectedException) failure).rejection()));
    }

    private static boolean deadlocked(Throwable failure) {
        return failure instanceof PgException pg && DEADLOCK.equals(pg.getSqlState());
    }

    private static void checkQuote(BigDecimal quotedTotal, Priced priced) {
        if (quotedTotal != null && quotedTotal.compareTo(priced.price().total()) != 0) {
            throw new Rejection(Kind.PRICE_CHANGED, "The quoted total " + quotedTotal.toPlainString()
                    + " is no longer the price; the stay now costs " + priced.price().total().toPlainString())
                    .toException();
        }
    }
}
