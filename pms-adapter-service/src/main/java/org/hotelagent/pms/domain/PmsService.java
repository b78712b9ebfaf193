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
 * The one PMS API of the agent: resolves the hotel, asks its provider, and publishes {@code bookings-changed} after
 * every committed create, modify and cancel (a replayed request publishes nothing).
 */
@ApplicationScoped
public class PmsService {

    private final HotelRepository hotels;
    private final PmsProvider provider;
    private final BookingChangedPublisher publisher;
    private final RoomTypeCache cache;

    PmsService(HotelRepository hotels, PmsProvider provider, BookingChangedPublisher publisher, RoomTypeCache cache) {
        this.hotels = hotels;
        this.provider = provider;
        this.publisher = publisher;
        this.cache = cache;
    }

    /** The hotel's room types (cached in Redis), or empty when no hotel has this id. */
    public Uni<Optional<List<RoomType>>> roomTypes(String hotelId) {
        return hotels.findById(hotelId).chain(found -> found.isEmpty() ? Uni.createFrom().item(Optional.empty())
                : cache.get(hotelId, () -> provider.roomTypes(found.get())).map(Optional::of));
    }

    public Uni<QuoteOutcome> quote(String hotelId, Stay stay, List<Party> rooms) {
        return withHotel(hotelId, QuoteOutcome.Rejected::new,
                hotel -> provider.quote(hotel, stay, rooms, today(hotel)));
    }

    public Uni<BookingOutcome> create(BookingRequest request, RequestContext context) {
        return withHotel(request.hotelId(), BookingOutcome.Rejected::new,
                hotel -> provider.create(hotel, request, today(hotel)))
                .call(outcome -> publisher.publish(outcome, provider.name(), context));
    }

    public Uni<Optional<Booking>> find(String reference) {
        return provider.find(reference);
    }

    public Uni<BookingOutcome> modify(String reference, BookingModification change, RequestContext context) {
        return provider.find(reference)
                .chain(found -> found.isEmpty() ? Uni.createFrom().item(notFound(reference))
                        : withHotel(found.get().hotelId(), BookingOutcome.Rejected::new,
                                hotel -> provider.modify(hotel, reference, change, today(hotel))))
                .call(outcome -> publisher.publish(outcome, provider.name(), context));
    }

    public Uni<BookingOutcome> cancel(String reference, String reason, RequestContext context) {
        return provider.cancel(reference, reason)
                .call(outcome -> publisher.publish(outcome, provider.name(), context));
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
