package org.hotelagent.pms.publisher;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

import org.hotelagent.contracts.Topics;
import org.hotelagent.contracts.booking.BookingChange;
import org.hotelagent.contracts.booking.BookingChanged;
import org.hotelagent.contracts.booking.BookingState;
import org.hotelagent.contracts.booking.Money;
import org.hotelagent.pms.domain.Booking;
import org.hotelagent.pms.domain.BookingOutcome;
import org.hotelagent.pms.domain.RequestContext;

/**
 * Publishes {@code bookings-changed} after a committed change, keyed by the conversation (else the booking
 * reference) with the correlation id as a header. The booking is already committed when this runs, so a failed
 * publish is logged and counted, never turned into an error for the guest.
 */
@ApplicationScoped
public class BookingChangedPublisher {

    private final MutinyEmitter<BookingChanged> emitter;
    private final MeterRegistry registry;

    BookingChangedPublisher(@Channel(Topics.BOOKINGS_CHANGED) MutinyEmitter<BookingChanged> emitter,
                            MeterRegistry registry) {
        this.emitter = emitter;
        this.registry = registry;
    }

    /**
     * Completes on the broker's acknowledgement (acks=all), or after logging a failure.
     *
     * @param givenReason why the caller said it changed the booking (a cancellation's reason), or null
     */
    public Uni<Void> publish(BookingOutcome outcome, String provider, RequestContext context, String givenReason) {
        return switch (outcome) {
            case BookingOutcome.Created created -> send(null, created.booking(), BookingChange.CREATED, provider,
                    context, givenReason != null ? givenReason : "booked");
            case BookingOutcome.Updated updated when updated.after().cancelled() -> send(updated.before(),
                    updated.after(), BookingChange.CANCELLED, provider, context,
                    givenReason != null ? givenReason : "cancelled");
            case BookingOutcome.Updated updated -> send(updated.before(), updated.after(), BookingChange.MODIFIED,
                    provider, context, givenReason != null ? givenReason : changed(updated.before(), updated.after()));
            case BookingOutcome.Replayed ignored -> Uni.createFrom().voidItem();
            case BookingOutcome.Rejected ignored -> Uni.createFrom().voidItem();
        };
    }

    /** What a modification moved, in words an auditor reads: "dates", "party", "room type", "contact". */
    static String changed(Booking before, Booking after) {
        var moved = new ArrayList<String>();
        if (!before.stay().equals(after.stay())) {
            moved.add("dates");
        }
        if (!before.party().equals(after.party())) {
            moved.add("party");
        }
        if (!before.roomTypeId().equals(after.roomTypeId())) {
            moved.add("room type");
        }
        if (!Objects.equals(before.guest(), after.guest())) {
            moved.add("contact");
        }
        return moved.isEmpty() ? "repriced" : String.join(", ", moved);
    }

    private Uni<Void> send(Booking before, Booking booking, BookingChange change, String provider,
                           RequestContext context, String reason) {
        // A conversation id means the agent acted for a guest; without one, someone called the API directly.
        var actor = context.conversationId() != null ? "agent" : "api";
        var event = new BookingChanged(UUID.randomUUID(), Instant.now(), context.conversationId(), booking.hotelId(),
                context.correlationId(), booking.reference(), change, provider, booking.roomTypeId(),
                booking.stay().checkIn(), booking.stay().checkOut(), booking.party().adults(),
                booking.party().children(), new Money(booking.total(), booking.currency()),
                before == null ? null : state(before), actor, reason);
        var key = context.conversationId() != null ? context.conversationId() : booking.reference();
        var headers = new RecordHeaders().add(Topics.CORRELATION_HEADER,
                context.correlationId().getBytes(StandardCharsets.UTF_8));
        var metadata = OutgoingKafkaRecordMetadata.<String>builder().withKey(key).withHeaders(headers).build();
        return emitter.sendMessage(Message.of(event).addMetadata(metadata))
                .invoke(() -> count(change, "published"))
                .onFailure().recoverWithItem(failure -> {
                    Log.errorf(failure, "Could not publish %s of booking %s", change, booking.reference());
                    count(change, "failed");
                    return null;
                });
    }

    private static BookingState state(Booking booking) {
        return new BookingState(booking.roomTypeId(), booking.stay().checkIn(), booking.stay().checkOut(),
                booking.party().adults(), booking.party().children(), new Money(booking.total(), booking.currency()));
    }

    private void count(BookingChange change, String outcome) {
        registry.counter("hotel.pms.bookings.changed", "change", change.name().toLowerCase(), "outcome", outcome)
                .increment();
    }
}
