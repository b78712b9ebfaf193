package org.hotelagent.pms.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import org.hotelagent.pms.domain.Rejection.Kind;
import org.hotelagent.pms.persistence.Hotel;
import org.hotelagent.pms.persistence.HotelRepository;
import org.hotelagent.pms.publisher.BookingChangedPublisher;

/**
 * The one PMS API of the agent: resolves the hotel, asks its provider (per hotel: the built-in PMS or QloApps), and
 * publishes {@code bookings-changed} after every committed create, modify and cancel (a replayed request publishes
 * nothing).
 */
@ApplicationScoped
public class PmsService {

    private final HotelRepository hotels;
    private final PmsProviders providers;
    private final BookingChangedPublisher publisher;
    private final Caches caches;

    PmsService(HotelRepository hotels, PmsProviders providers, BookingChangedPublisher publisher, Caches caches) {
        this.hotels = hotels;
        this.providers = providers;
        this.publisher = publisher;
        this.caches = caches;
    }

    /** The hotel's room types (cached in Redis), or empty when no hotel has this id. */
    public Uni<Optional<List<RoomType>>> roomTypes(String hotelId) {
        return hotels.findById(hotelId).chain(found -> found.isEmpty() ? Uni.createFrom().item(Optional.empty())
                : caches.roomTypes().get(hotelId, () -> providers.forHotel(hotelId).roomTypes(found.get()))
                        .map(Optional::of));
    }

    public Uni<QuoteOutcome> quote(String hotelId, Stay stay, List<Party> rooms) {
        return withHotel(hotelId, QuoteOutcome.Rejected::new,
                hotel -> caches.availability().get(hotelId, stay, rooms,
                        () -> providers.forHotel(hotelId).quote(hotel, stay, rooms, today(hotel))));
    }

    public Uni<BookingOutcome> create(BookingRequest request, RequestContext context) {
        var provider = providers.forHotel(request.hotelId());
        return withHotel(request.hotelId(), BookingOutcome.Rejected::new,
                hotel -> provider.create(hotel, request, today(hotel)))
                .call(this::invalidate)
                .call(outcome -> publisher.publish(outcome, provider.name(), context, null));
    }

    public Uni<Optional<Booking>> find(String reference) {
        return providers.forReference(reference).find(reference);
    }

    public Uni<BookingOutcome> modify(String reference, BookingModification change, RequestContext context) {
        var provider = providers.forReference(reference);
        return provider.find(reference)
                .chain(found -> found.isEmpty() ? Uni.createFrom().item(notFound(reference))
                        : withHotel(found.get().hotelId(), BookingOutcome.Rejected::new,
                                hotel -> provider.modify(hotel, reference, change, today(hotel))))
                .call(this::invalidate)
                .call(outcome -> publisher.publish(outcome, provider.name(), context, null));
    }

    public Uni<BookingOutcome> cancel(String reference, String reason, RequestContext context) {
        var provider = providers.forReference(reference);
        return provider.cancel(reference, reason)
                .call(this::invalidate)
                .call(outcome -> publisher.publish(outcome, provider.name(), context, reason));
    }

    /** A committed change makes every cached quote of its hotel stale. */
    private Uni<Void> invalidate(BookingOutcome outcome) {
        return switch (outcome) {
            case BookingOutcome.Created created -> caches.availability().invalidate(created.booking().hotelId());
            case BookingOutcome.Updated updated -> caches.availability().invalidate(updated.after().hotelId());
            case BookingOutcome.Replayed ignored -> Uni.createFrom().voidItem();
            case BookingOutcome.Rejected ignored -> Uni.createFrom().voidItem();
        };
    }

    private <T> Uni<T> withHotel(String hotelId, Function<Rejection, T> rejected, Function<Hotel, Uni<T>> action) {
        return hotels.findById(hotelId).chain(found -> found.map(action)
                .orElseGet(() -> Uni.createFrom().item(rejected.apply(
                        new Rejection(Kind.HOTEL_NOT_FOUND, "No hotel has id " + hotelId)))));
    }

    private static BookingOutcome notFound(String reference) {
        return new BookingOutcome.Rejected(new Rejection(Kind.BOOKING_NOT_FOUND, "No booking has reference "
                + reference));
    }

    private static LocalDate today(Hotel hotel) {
        return LocalDate.now(hotel.timeZone());
    }
}
