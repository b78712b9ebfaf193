package org.hotelagent.pms.qloapps;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

import org.hotelagent.pms.config.PmsConfig.QloAppsSite;
import org.hotelagent.pms.domain.Booking;
import org.hotelagent.pms.domain.BookingModification;
import org.hotelagent.pms.domain.BookingOutcome;
import org.hotelagent.pms.domain.GuestContact;
import org.hotelagent.pms.domain.Rejection;
import org.hotelagent.pms.domain.Rejection.Kind;
import org.hotelagent.pms.domain.StayPolicy;

/**
 * Reads, modifies and cancels QloApps bookings. Both changes are the full-state {@code PUT bookings/{id}}: the
 * room line is resent with its services; a change of dates pins the guest's room ({@code id_room}) and, when
 * QloApps finds it taken, asks again without the pin so another free room is chosen. A cancel resends the current
 * line with {@code booking_status=3}.
 */
@ApplicationScoped
class QloAppsChanges {

    private final QloAppsClient client;
    private final QloAppsCatalogue catalogue;
    private final QloAppsReader reader;
    private final QloAppsSites sites;

    QloAppsChanges(QloAppsClient client, QloAppsCatalogue catalogue, QloAppsReader reader, QloAppsSites sites) {
        this.client = client;
        this.catalogue = catalogue;
        this.reader = reader;
        this.sites = sites;
    }

    Uni<Optional<Booking>> find(QloAppsSite site, QloAppsReference reference) {
        return reader.load(site, reference).map(found -> found.map(QloAppsReader.Loaded::booking));
    }

    Uni<BookingOutcome> modify(QloAppsSite site, QloAppsReference reference, BookingModification change,
                               LocalDate today) {
        return reader.load(site, reference).chain(found -> {
            var loaded = found.orElseThrow(() -> notFound(reference));
            var before = loaded.booking();
            if (before.cancelled()) {
                throw new QloAppsRejection(new Rejection(Kind.BOOKING_CANCELLED, "Booking " + reference
                        + " is cancelled"));
            }
            var wanted = change.applyTo(before);
            var earliest = before.stay().checkIn().isBefore(today) ? before.stay().checkIn() : today;
            return check(site, wanted, change, earliest)
                    .chain(services -> put(site, reference, loaded, wanted, services, change.guest()))
                    .map(after -> (BookingOutcome) new BookingOutcome.Updated(before, after));
        }).onFailure(QloAppsRejection.class).recoverWithItem(QloAppsChanges::rejected);
    }

    Uni<BookingOutcome> cancel(QloAppsSite site, QloAppsReference reference, String reason) {
        return reader.load(site, reference).chain(found -> {
            var loaded = found.orElseThrow(() -> notFound(reference));
            var before = loaded.booking();
            if (before.cancelled()) {
                return Uni.createFrom().item((BookingOutcome) new BookingOutcome.Replayed(before));
            }
            var body = QloAppsBookings.update(reference.orderId(), loaded.json(),
                    QloAppsBookings.customer(loaded.json()), "Cancelled by the hotel agent"
                            + (reason == null || reason.isBlank() ? "" : ": " + reason),
                    QloAppsBookings.currentLine(loaded.json()), true);
            return client.updateBooking(site, reference.orderId(), body)
                    .map(ignored -> (BookingOutcome) new BookingOutcome.Updated(before, cancelled(before)));
        }).onFailure(QloAppsRejection.class).recoverWithItem(QloAppsChanges::rejected);
    }

    /** Our rules and the quoted price for the wanted stay; answers the room type's auto-added services. */
    private Uni<List<Integer>> check(QloAppsSite site, Booking wanted, BookingModification change, LocalDate earliest) {
        var typeId = wanted.roomTypeId();
        return catalogue.roomTypes(site).invoke(types -> {
            var type = types.stream().filter(t -> t.id().equals(typeId)).findFirst().orElseThrow(() ->
                    new QloAppsRejection(new Rejection(Kind.ROOM_TYPE_NOT_FOUND, "The hotel has no room type "
                            + typeId)));
            StayPolicy.checkBooking(earliest, wanted.stay(), wanted.party(), type).ifPresent(rejection -> {
                throw new QloAppsRejection(rejection);
            });
        }).chain(() -> change.quotedTotal() == null ? Uni.createFrom().voidItem()
                : catalogue.availability(site, QloAppsAri.request(site.hotelId(), wanted.stay(),
                        List.of(wanted.party()), typeId)).invoke(ari -> QloAppsAri.offer(ari, typeId).ifPresent(
                        offer -> QloAppsPms.checkQuote(change.quotedTotal(),
                                QloAppsAri.price(offer, wanted.stay(), 1).total()))).replaceWithVoid())
                .chain(() -> catalogue.autoServices(site, typeId));
    }

    private Uni<Booking> put(QloAppsSite site, QloAppsReference reference, QloAppsReader.Loaded loaded,
                             Booking wanted, List<Integer> services, GuestContact guest) {
        var keep = wanted.roomTypeId().equals(loaded.booking().roomTypeId())
                ? QloAppsBookings.roomId(loaded.json()) : null;
        var customer = customer(loaded.json(), guest);
        var pinned = body(reference, loaded, wanted, services, customer, keep);
        return client.updateBooking(site, reference.orderId(), pinned)
                .onFailure(failure -> keep != null && failure instanceof QloAppsRejection rejection
                        && rejection.rejection().kind() == Kind.NO_AVAILABILITY)
                .recoverWithUni(() -> client.updateBooking(site, reference.orderId(),
                        body(reference, loaded, wanted, services, customer, null)))
                .chain(json -> reader.read(site, reference, json));
    }

    private static JsonObject body(QloAppsReference reference, QloAppsReader.Loaded loaded, Booking wanted,
                                   List<Integer> services, JsonObject customer, Integer room) {
        return QloAppsBookings.update(reference.orderId(), loaded.json(), customer, "Changed by the hotel agent",
                QloAppsBookings.roomLine(wanted.roomTypeId(), wanted.stay(), wanted.party(), services, room), false);
    }

    /** The booking's customer; a new contact changes name and phone, the email stays (QloApps finds it by email). */
    private JsonObject customer(JsonObject booking, GuestContact guest) {
        var current = QloAppsBookings.customer(booking);
        if (guest == null) {
            return current;
        }
        var changed = sites.identity().customer(guest);
        return changed.put("email", current.getString("email"));
    }

    private static Booking cancelled(Booking b) {
        return new Booking(b.reference(), b.hotelId(), Booking.Status.CANCELLED, b.roomTypeId(), b.roomNumber(),
                b.stay(), b.party(), b.nightly(), b.total(), b.taxes(), b.currency(), b.guest(), b.conversationId());
    }

    private static QloAppsRejection notFound(QloAppsReference reference) {
        return new QloAppsRejection(new Rejection(Kind.BOOKING_NOT_FOUND, "No booking has reference " + reference));
    }

    private static BookingOutcome rejected(Throwable failure) {
        return new BookingOutcome.Rejected(((QloAppsRejection) failure).rejection());
    }
}
