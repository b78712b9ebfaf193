package org.hotelagent.orchestrator.domain;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hotelagent.contracts.dialogue.ReplyList;
import org.hotelagent.contracts.nlp.MessageInterpreted;
import org.hotelagent.orchestrator.client.Pms;
import org.hotelagent.orchestrator.client.PmsResult;
import org.hotelagent.orchestrator.domain.DialogueState.Memory;
import org.hotelagent.orchestrator.domain.DialogueState.Offer;
import org.hotelagent.orchestrator.domain.DialogueState.Quoted;
import org.hotelagent.orchestrator.domain.Step.Call;
import org.hotelagent.orchestrator.domain.Step.Say;

/**
 * check_availability and make_reservation: collect the stay and party, quote them, offer the room types with the
 * PMS's prices, then restate everything and book only on an explicit yes. Pure rules, no I/O.
 */
final class BookingFlow {

    private BookingFlow() {
    }

    /** The next move from {@code state}; {@code affirmed} only when the guest said yes to this very question. */
    static Step next(DialogueState state, boolean affirmed, MessageInterpreted message, LocalDate today, Wording w) {
        var checkIn = state.date("check_in");
        if (checkIn.isEmpty()) {
            return ask(state, Awaiting.DATES, w.replies().askDates());
        }
        if (checkIn.get().isBefore(today)) {
            return ask(state.without("check_in", "check_out", "nights"), Awaiting.DATES, w.replies().pastDate());
        }
        var checkOut = state.date("check_out");
        if (checkOut.isEmpty()) {
            return ask(state, Awaiting.CHECK_OUT, w.replies().askCheckOut(w.date(checkIn.get())));
        }
        if (!checkOut.get().isAfter(checkIn.get())) {
            return ask(state.without("check_in", "check_out", "nights"), Awaiting.DATES, w.replies().badDates());
        }
        if (state.slot("adults").isEmpty()) {
            return ask(state, Awaiting.PARTY, w.replies().askParty());
        }
        var quoted = state.memory().quoted();
        if (quoted == null) {
            return new Call(state, new PmsAction.Quote(checkIn.get(), checkOut.get(), state.number("adults", 1),
                    state.number("children", 0)));
        }
        return offered(state, quoted, affirmed, message, w);
    }

    private static Step offered(DialogueState state, Quoted quoted, boolean affirmed, MessageInterpreted message,
                                Wording w) {
        var party = w.party(state.number("adults", 1), state.number("children", 0));
        var stay = w.stay(quoted.checkIn(), quoted.checkOut());
        if (quoted.offers().isEmpty()) {
            return ask(state, Awaiting.DATES, w.replies().noRooms(stay, party));
        }
        var chosen = chosen(state, quoted);
        if (chosen == null || "check_availability".equals(state.task())) {
            return offers(state, quoted, stay, party, w);
        }
        if (state.slot("guest_name").isEmpty()) {
            return ask(state, Awaiting.NAME, w.replies().askName());
        }
        if (state.memory().awaiting() == Awaiting.BOOKING_CONFIRMATION && affirmed) {
            return new Call(state, book(state, quoted, chosen, message));
        }
        var confirmation = state.memory().awaiting() == Awaiting.BOOKING_CONFIRMATION
                && state.memory().confirmation() != null ? state.memory().confirmation() : message.eventId();
        var text = w.replies().confirmBooking(chosen.name(w.language()), stay, quoted.nights(), party,
                w.money(chosen.total(), quoted.currency()));
        var next = state.with(new Memory(Awaiting.BOOKING_CONFIRMATION, quoted, confirmation, null));
        return new Say(next, new Answer(text, w.yesNo(), null));
    }

    /** The room the guest picked, or the only one there is once they asked to book. */
    private static Offer chosen(DialogueState state, Quoted quoted) {
        var wanted = state.slot("room_type");
        if (wanted.isPresent()) {
            return quoted.offers().stream().filter(o -> o.roomTypeId().equals(wanted.get())).findFirst().orElse(null);
        }
        return quoted.offers().size() == 1 && "make_reservation".equals(state.task()) ? quoted.offers().getFirst()
                : null;
    }

    private static Step offers(DialogueState state, Quoted quoted, String stay, String party, Wording w) {
        var lines = quoted.offers().stream()
                .map(o -> w.replies().offerLine(o.name(w.language()), w.money(o.total(), quoted.currency())))
                .toList();
        var rows = quoted.offers().stream().map(o -> new ReplyList.Row(Wording.ROOM + o.roomTypeId(),
                o.name(w.language()), w.money(o.total(), quoted.currency()))).toList();
        var list = new ReplyList(w.replies().roomsButton(),
                List.of(new ReplyList.Section(w.replies().roomsSection(), rows)));
        var text = w.replies().offers(stay, party, String.join("\n", lines));
        return new Say(state.awaiting(Awaiting.ROOM), new Answer(text, null, list));
    }

    private static PmsAction.Book book(DialogueState state, Quoted quoted, Offer chosen, MessageInterpreted message) {
        var guest = message.guest();
        var channel = message.channel().code();
        var email = state.slot("email").orElse("email".equals(channel) ? guest.address() : null);
        var phone = state.slot("phone").orElse("whatsapp".equals(channel) && guest.address() != null
                ? "+" + guest.address() : null);
        var contact = new Pms.Contact(state.slot("guest_name").orElseThrow(), email, phone,
                channel + ":" + guest.key(), Wording.languageOf(message.language()));
        var request = new Pms.BookingRequest(chosen.roomTypeId(), quoted.checkIn(), quoted.checkOut(),
                state.number("adults", 1), state.number("children", 0), contact, chosen.total());
        var key = UUID.nameUUIDFromBytes(("booking:" + message.conversationId() + ":" + state.memory().confirmation())
                .getBytes(StandardCharsets.UTF_8));
        return new PmsAction.Book(key, request);
    }

    /** What the PMS said about a quote or a booking, told to the guest. */
    static Step after(DialogueState state, PmsAction action, PmsResult<?> result, MessageInterpreted message,
                      LocalDate today, Wording w) {
        return switch (action) {
            case PmsAction.Quote quote -> quoted(state, result, message, today, w);
            case PmsAction.Book ignored -> booked(state, result, w);
            default -> throw new IllegalArgumentException("Not a booking action: " + action);
        };
    }

    private static Step quoted(DialogueState state, PmsResult<?> result, MessageInterpreted message,
                               LocalDate today, Wording w) {
        return switch (result) {
            case PmsResult.Done<?>(Pms.Quote quote) -> {
                var offers = quote.offers().stream().filter(o -> o.available() > 0)
                        .map(o -> new Offer(o.roomTypeId(), o.names(), o.total())).toList();
                var quoted = new Quoted(quote.checkIn(), quote.checkOut(), quote.nights(), quote.currency(), offers);
                yield next(state.with(new Memory(null, quoted, null, null)), false, message, today, w);
            }
            case PmsResult.Refused<?> refused -> ask(state.without("check_in", "check_out", "nights"),
                    Awaiting.DATES, "invalid-stay".equals(refused.kind()) ? w.replies().badDates()
                            : w.replies().noRooms(w.stay(state.date("check_in").orElseThrow(),
                            state.date("check_out").orElseThrow()),
                            w.party(state.number("adults", 1), state.number("children", 0))));
            default -> throw new IllegalStateException("Unexpected quote answer " + result);
        };
    }

    private static Step booked(DialogueState state, PmsResult<?> result, Wording w) {
        return switch (result) {
            case PmsResult.Done<?>(Pms.Booking booking) -> {
                var done = state.finished().withSlots(withReference(state, booking.reference()));
                yield new Say(done, Answer.of(w.replies().booked(booking.reference(),
                        w.money(booking.total(), booking.currency()), w.date(booking.checkIn()))));
            }
            case PmsResult.Refused<?> ignored -> new Say(state.with(Memory.EMPTY), Answer.of(
                    w.replies().bookingRefused()));
            default -> throw new IllegalStateException("Unexpected booking answer " + result);
        };
    }

    private static Map<String, String> withReference(DialogueState state, String reference) {
        var slots = new HashMap<>(state.finished().slots());
        slots.put("booking_reference", reference);
        return slots;
    }

    static Step ask(DialogueState state, Awaiting awaiting, String question) {
        return new Say(state.awaiting(awaiting), Answer.of(question));
    }
}
