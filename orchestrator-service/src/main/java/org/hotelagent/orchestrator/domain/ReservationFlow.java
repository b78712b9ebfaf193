package org.hotelagent.orchestrator.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.hotelagent.contracts.nlp.MessageInterpreted;
import org.hotelagent.orchestrator.client.Pms;
import org.hotelagent.orchestrator.client.PmsResult;
import org.hotelagent.orchestrator.domain.DialogueState.Memory;
import org.hotelagent.orchestrator.domain.Step.Call;
import org.hotelagent.orchestrator.domain.Step.Say;

/**
 * reservation_status, cancel_reservation and modify_reservation: find the booking by reference, check that it is the
 * guest's own (channel address, or the booking's email or phone is the address the guest writes from), then tell,
 * or restate and act only on an explicit yes. Pure rules, no I/O.
 */
final class ReservationFlow {

    private ReservationFlow() {
    }

    static Step next(DialogueState state, boolean affirmed, boolean denied, LocalDate today, Wording w) {
        var reference = state.slot("booking_reference").map(r -> r.toUpperCase(Locale.ROOT));
        if (reference.isEmpty()) {
            return BookingFlow.ask(state, Awaiting.REFERENCE, w.replies().askReference());
        }
        var booking = state.memory().booking();
        if (booking == null || !booking.reference().equalsIgnoreCase(reference.get())) {
            return new Call(state, new PmsAction.Find(reference.get()));
        }
        if (booking.cancelled()) {
            return new Say(state.finished(), Answer.of(w.replies().alreadyCancelled(booking.reference())));
        }
        var awaiting = state.memory().awaiting();
        if (denied && (awaiting == Awaiting.CANCEL_CONFIRMATION || awaiting == Awaiting.CHANGE_CONFIRMATION)) {
            return new Say(state.finished(), Answer.of(w.replies().kept(booking.reference())));
        }
        return switch (state.task()) {
            case "cancel_reservation" -> awaiting == Awaiting.CANCEL_CONFIRMATION && affirmed
                    ? new Call(state, new PmsAction.Cancel(booking.reference()))
                    : new Say(state.awaiting(Awaiting.CANCEL_CONFIRMATION), new Answer(w.replies().confirmCancel(
                    booking.reference(), w.stay(booking.checkIn(), booking.checkOut()),
                    w.money(booking.total(), booking.currency())), w.yesNo(), null));
            case "modify_reservation" -> change(state, booking, affirmed, today, w);
            default -> new Say(state.finished(), Answer.of(w.replies().status(booking.reference(),
                    w.stay(booking.checkIn(), booking.checkOut()), w.party(booking.adults(), booking.children()),
                    w.money(booking.total(), booking.currency()))));
        };
    }

    private static Step change(DialogueState state, Pms.Booking booking, boolean affirmed, LocalDate today,
                               Wording w) {
        var checkIn = state.date("check_in");
        var checkOut = state.date("check_out");
        if (checkIn.isEmpty() || checkOut.isEmpty()) {
            return BookingFlow.ask(state, Awaiting.NEW_DATES, w.replies().askNewDates(booking.reference()));
        }
        if (checkIn.get().isBefore(today) || !checkOut.get().isAfter(checkIn.get())) {
            return BookingFlow.ask(state.without("check_in", "check_out", "nights"), Awaiting.NEW_DATES,
                    checkIn.get().isBefore(today) ? w.replies().pastDate() : w.replies().badDates());
        }
        if (state.memory().awaiting() == Awaiting.CHANGE_CONFIRMATION && affirmed) {
            return new Call(state, new PmsAction.Change(booking.reference(), checkIn.get(), checkOut.get()));
        }
        var nights = (int) ChronoUnit.DAYS.between(checkIn.get(), checkOut.get());
        return new Say(state.awaiting(Awaiting.CHANGE_CONFIRMATION), new Answer(w.replies().confirmChange(
                booking.reference(), w.stay(checkIn.get(), checkOut.get()), nights), w.yesNo(), null));
    }

    /** What the PMS said about a lookup, a cancellation or a change, told to the guest. */
    static Step after(DialogueState state, PmsAction action, PmsResult<?> result, MessageInterpreted message,
                      LocalDate today, Wording w) {
        if (result instanceof PmsResult.Refused<?> refused) {
            return refused(state, action, refused, w);
        }
        var booking = (Pms.Booking) ((PmsResult.Done<?>) result).value();
        return switch (action) {
            case PmsAction.Find ignored -> ownedBy(booking, message)
                    ? next(state.with(new Memory(null, null, null, booking)), false, false, today, w)
                    : new Say(state.finished().without("booking_reference"), Answer.of(w.replies().notYours()));
            case PmsAction.Cancel ignored -> new Say(state.finished(),
                    Answer.of(w.replies().cancelled(booking.reference())));
            case PmsAction.Change ignored -> new Say(state.finished(), Answer.of(w.replies().changed(
                    booking.reference(), w.stay(booking.checkIn(), booking.checkOut()),
                    w.money(booking.total(), booking.currency()))));
            default -> throw new IllegalArgumentException("Not a reservation action: " + action);
        };
    }

    private static Step refused(DialogueState state, PmsAction action, PmsResult.Refused<?> refused, Wording w) {
        var reference = state.slot("booking_reference").orElse("");
        if (action instanceof PmsAction.Change && !"booking-not-found".equals(refused.kind())) {
            return BookingFlow.ask(state.without("check_in", "check_out", "nights"), Awaiting.NEW_DATES,
                    w.replies().changeRefused());
        }
        return BookingFlow.ask(state.without("booking_reference").with(Memory.EMPTY), Awaiting.REFERENCE,
                w.replies().notFound(reference));
    }

    /**
     * The booking was made from this channel address, or its email or phone is the address the guest writes from.
     * What a guest types (an email, a phone) proves nothing, so slots never verify.
     */
    static boolean ownedBy(Pms.Booking booking, MessageInterpreted message) {
        var contact = booking.guest();
        var guest = message.guest();
        if (contact == null || guest == null || guest.key() == null) {
            return false;
        }
        if ((message.channel().code() + ":" + guest.key()).equals(contact.channelAddress())) {
            return true;
        }
        var address = guest.address();
        return address != null && (address.equalsIgnoreCase(contact.email())
                || digits(address).length() >= 6 && digits(address).equals(digits(contact.phone())));
    }

    private static String digits(String value) {
        return value == null ? "" : value.replaceAll("\\D", "");
    }
}
