package org.hotelagent.pms.qloapps;

import java.math.BigDecimal;
import java.net.ConnectException;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

import org.hotelagent.pms.config.PmsConfig.QloAppsSite;
import org.hotelagent.pms.domain.BookingOutcome;
import org.hotelagent.pms.domain.BookingRequest;
import org.hotelagent.pms.domain.Rejection;
import org.hotelagent.pms.domain.Rejection.Kind;
import org.hotelagent.pms.domain.StayPolicy;
import org.hotelagent.pms.persistence.Hotel;

/**
 * Creates QloApps bookings exactly once per Idempotency-Key: the key is claimed in our database first; a retry
 * (even a concurrent one) waits for the claim and answers its booking. The room is priced with {@code hotel_ari}
 * and booked with the room type's auto-added services named, so the booked total is the quoted one.
 */
@ApplicationScoped
class QloAppsCreation {

    /** How long a retry waits for a concurrent attempt with the same key: 50 × 200 ms. */
    private static final int WAIT_ATTEMPTS = 50;

    private final QloAppsClient client;
    private final QloAppsCatalogue catalogue;
    private final QloAppsKeys keys;
    private final QloAppsReader reader;

    QloAppsCreation(QloAppsClient client, QloAppsCatalogue catalogue, QloAppsKeys keys, QloAppsReader reader) {
        this.client = client;
        this.catalogue = catalogue;
        this.keys = keys;
        this.reader = reader;
    }

    Uni<BookingOutcome> create(QloAppsSite site, GuestIdentity identity, Hotel hotel, BookingRequest request,
                               LocalDate today) {
        return keys.claim(request.idempotencyKey(), request.requestHash(), hotel.id())
                .chain(claim -> claim.isEmpty() ? book(site, identity, hotel, request, today)
                        : answer(claim.get(), site, identity, hotel, request, today));
    }

    private Uni<BookingOutcome> answer(QloAppsKeys.Claim claim, QloAppsSite site, GuestIdentity identity, Hotel hotel,
                                       BookingRequest request, LocalDate today) {
        if (!claim.requestHash().equals(request.requestHash())) {
            return Uni.createFrom().item(new BookingOutcome.Rejected(new Rejection(Kind.IDEMPOTENCY_KEY_REUSED,
                    "Idempotency-Key " + request.idempotencyKey() + " was already used for a different booking"
                            + " request")));
        }
        if (claim.booked()) {
            var reference = QloAppsReference.parse(claim.reference()).orElseThrow();
            return reader.load(site, reference).map(found -> found.<BookingOutcome>map(
                    loaded -> new BookingOutcome.Replayed(loaded.booking())).orElseThrow(() -> new QloAppsFailure(
                    "QloApps no longer has booking " + reference + " of Idempotency-Key " + request.idempotencyKey())));
        }
        if (claim.pending()) {
            return keys.awaitSettled(request.idempotencyKey(), WAIT_ATTEMPTS).chain(settled -> settled.isEmpty()
                    ? create(site, identity, hotel, request, today)
                    : settled.get().pending() ? Uni.createFrom().failure(new QloAppsFailure(
                            "A booking with this Idempotency-Key is still being made in QloApps"))
                    : answer(settled.get(), site, identity, hotel, request, today));
        }
        return Uni.createFrom().failure(new QloAppsFailure("An earlier attempt with Idempotency-Key "
                + request.idempotencyKey() + " got no answer from QloApps; staff must check whether it booked"));
    }

    private Uni<BookingOutcome> book(QloAppsSite site, GuestIdentity identity, Hotel hotel, BookingRequest request,
                                     LocalDate today) {
        var key = request.idempotencyKey();
        return prepare(site, identity, request, today)
                .chain(priced -> client.createBooking(site, priced.body())
                        .onFailure(failure -> mayHaveBooked(failure)).call(() -> keys.uncertain(key))
                        .chain(json -> record(site, hotel, key, json, priced.total())))
                .onFailure().call(() -> keys.release(key))
                .onFailure(QloAppsRejection.class).recoverWithItem(failure ->
                        new BookingOutcome.Rejected(((QloAppsRejection) failure).rejection()));
    }

    /** The create request and the total QloApps quoted for it, after our rules and the price check. */
    private record Priced(JsonObject body, BigDecimal total) {
    }

    private Uni<Priced> prepare(QloAppsSite site, GuestIdentity identity, BookingRequest request, LocalDate today) {
        var typeId = request.roomTypeId();
        return catalogue.roomTypes(site).invoke(types -> {
            var type = types.stream().filter(t -> t.id().equals(typeId)).findFirst().orElseThrow(() ->
                    new QloAppsRejection(new Rejection(Kind.ROOM_TYPE_NOT_FOUND, "The hotel has no room type "
                            + typeId)));
            StayPolicy.checkBooking(today, request.stay(), request.party(), type).ifPresent(rejection -> {
                throw new QloAppsRejection(rejection);
            });
        }).chain(() -> Uni.combine().all().unis(client.ari(site, QloAppsAri.request(site.hotelId(), request.stay(),
                        List.of(request.party()), typeId)), catalogue.autoServices(site, typeId))
                .with((ari, services) -> {
                    var offer = QloAppsAri.offer(ari, typeId).filter(o -> !o.freeRooms().isEmpty())
                            .orElseThrow(() -> new QloAppsRejection(new Rejection(Kind.NO_AVAILABILITY, "No room of"
                                    + " type " + typeId + " is free on every night from " + request.stay().checkIn()
                                    + " to " + request.stay().checkOut())));
                    var total = QloAppsAri.price(offer, request.stay(), 1).total();
                    QloAppsPms.checkQuote(request.quotedTotal(), total);
                    var line = QloAppsBookings.roomLine(typeId, request.stay(), request.party(), services, null);
                    return new Priced(QloAppsBookings.create(site.hotelId(), ari.getString("currency"),
                            identity.customer(request.guest()), identity.remark(request.guest(), request
                                    .idempotencyKey()), line), total);
                }));
    }

    private Uni<BookingOutcome> record(QloAppsSite site, Hotel hotel, String key, JsonObject json, BigDecimal quoted) {
        var reference = new QloAppsReference(hotel.id(), QloAppsJson.integer(json.getValue("id")));
        return keys.booked(key, reference.toString())
                .chain(() -> reader.read(site, reference, json))
                .invoke(booking -> {
                    if (booking.total().compareTo(quoted) != 0) {
                        Log.warnf("QloApps booked %s for %s, quoted %s", reference, booking.total(), quoted);
                    }
                })
                .map(BookingOutcome.Created::new);
    }

    /** Whether QloApps may have created the booking although the call failed (it was sent and not refused). */
    private static boolean mayHaveBooked(Throwable failure) {
        return !(failure instanceof QloAppsRejection || failure instanceof CircuitBreakerOpenException
                || failure instanceof BulkheadException || failure instanceof ConnectException);
    }
}
