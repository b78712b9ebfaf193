package org.hotelagent.pms.qloapps;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import org.hotelagent.pms.config.PmsConfig.QloAppsSite;
import org.hotelagent.pms.domain.Booking;
import org.hotelagent.pms.domain.BookingModification;
import org.hotelagent.pms.domain.BookingOutcome;
import org.hotelagent.pms.domain.BookingRequest;
import org.hotelagent.pms.domain.Party;
import org.hotelagent.pms.domain.PmsProvider;
import org.hotelagent.pms.domain.QuoteOutcome;
import org.hotelagent.pms.domain.Rejection;
import org.hotelagent.pms.domain.Rejection.Kind;
import org.hotelagent.pms.domain.RoomType;
import org.hotelagent.pms.domain.Stay;
import org.hotelagent.pms.domain.StayPolicy;
import org.hotelagent.pms.persistence.Hotel;

/**
 * The QloApps provider: quotes with {@code hotel_ari}, books with {@code POST bookings}, reads the order's
 * {@code current_state} for the status, and modifies and cancels with the full-state {@code PUT bookings/{id}}.
 * {@link StayPolicy} applies before QloApps is asked (QloApps accepts past dates and any occupancy). Fault tolerance
 * lives in {@link QloAppsClient}; a QloApps refusal becomes a {@code Rejected} outcome, anything else fails the
 * {@code Uni} (answered {@code pms-unavailable}).
 */
@ApplicationScoped
class QloAppsPms implements PmsProvider {

    static final String NAME = "qloapps";

    private final QloAppsSites sites;
    private final QloAppsCatalogue catalogue;
    private final QloAppsCreation creation;
    private final QloAppsChanges changes;

    QloAppsPms(QloAppsSites sites, QloAppsCatalogue catalogue, QloAppsCreation creation, QloAppsChanges changes) {
        this.sites = sites;
        this.catalogue = catalogue;
        this.creation = creation;
        this.changes = changes;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean owns(String reference) {
        return reference.startsWith(QloAppsReference.PREFIX);
    }

    @Override
    public Uni<List<RoomType>> roomTypes(Hotel hotel) {
        return catalogue.roomTypes(sites.require(hotel.id()));
    }

    @Override
    public Uni<QuoteOutcome> quote(Hotel hotel, Stay stay, List<Party> rooms, LocalDate today) {
        var site = sites.require(hotel.id());
        return catalogue.roomTypes(site).chain(types -> StayPolicy.checkQuote(today, stay, rooms, types)
                        .map(rejection -> Uni.createFrom().<QuoteOutcome>item(new QuoteOutcome.Rejected(rejection)))
                        .orElseGet(() -> offers(site, hotel, stay, rooms, StayPolicy.eligible(stay, rooms, types))))
                .onFailure(QloAppsRejection.class).recoverWithItem(failure ->
                        new QuoteOutcome.Rejected(((QloAppsRejection) failure).rejection()));
    }

    @Override
    public Uni<BookingOutcome> create(Hotel hotel, BookingRequest request, LocalDate today) {
        return creation.create(sites.require(hotel.id()), sites.identity(), hotel, request, today);
    }

    @Override
    public Uni<Optional<Booking>> find(String reference) {
        var parsed = QloAppsReference.parse(reference);
        var site = parsed.flatMap(ref -> sites.of(ref.hotelId()));
        if (site.isEmpty()) {
            return Uni.createFrom().item(Optional.empty());
        }
        return changes.find(site.get(), parsed.get());
    }

    @Override
    public Uni<BookingOutcome> modify(Hotel hotel, String reference, BookingModification change, LocalDate today) {
        return changes.modify(sites.require(hotel.id()), QloAppsReference.parse(reference).orElseThrow(), change,
                today);
    }

    @Override
    public Uni<BookingOutcome> cancel(String reference, String reason) {
        var parsed = QloAppsReference.parse(reference);
        var site = parsed.flatMap(ref -> sites.of(ref.hotelId()));
        if (site.isEmpty()) {
            return Uni.createFrom().item(new BookingOutcome.Rejected(new Rejection(Kind.BOOKING_NOT_FOUND,
                    "No booking has reference " + reference)));
        }
        return changes.cancel(site.get(), parsed.get(), reason);
    }

    /** Refuses a quoted total that is no longer QloApps' price. */
    static void checkQuote(BigDecimal quotedTotal, BigDecimal total) {
        if (quotedTotal != null && quotedTotal.compareTo(total) != 0) {
            throw new QloAppsRejection(new Rejection(Kind.PRICE_CHANGED, "The quoted total "
                    + quotedTotal.toPlainString() + " is no longer the price; the stay now costs "
                    + total.toPlainString()));
        }
    }

    private Uni<QuoteOutcome> offers(QloAppsSite site, Hotel hotel, Stay stay, List<Party> rooms,
                                     List<RoomType> eligible) {
        if (eligible.isEmpty()) {
            return Uni.createFrom().item(new QuoteOutcome.Quoted(hotel.currency(), List.of()));
        }
        return catalogue.availability(site, QloAppsAri.request(site.hotelId(), stay, rooms, null))
                .map(ari -> QloAppsAri.quote(ari, stay, rooms, eligible));
    }
}
