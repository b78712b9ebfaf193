package org.hotelagent.orchestrator.domain;

import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.hotelagent.contracts.message.MessageBody;
import org.hotelagent.contracts.nlp.Entity;
import org.hotelagent.contracts.nlp.EntityType;
import org.hotelagent.contracts.nlp.Intent;
import org.hotelagent.contracts.nlp.MessageInterpreted;

/**
 * Reads one guest message into the dialogue state: which task it is about and which slots it fills or corrects.
 * Pure rules, no I/O.
 */
public final class SlotFilling {

    /** Below this the intent does not switch tasks or count as a yes or a no. */
    static final double MIN_CONFIDENCE = 0.5;
    static final Set<String> BOOKING_TASKS = Set.of("check_availability", "make_reservation");
    static final Set<String> TASKS = Set.of("check_availability", "make_reservation", "modify_reservation",
            "cancel_reservation", "reservation_status");
    private static final Set<EntityType> SLOT_TYPES = EnumSet.complementOf(EnumSet.of(EntityType.amount));
    private static final Set<String> STAY = Set.of("check_in", "check_out", "nights", "adults", "children");
    private static final Pattern BARE_NAME = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(\\s+\\p{L}[\\p{L}'’.-]*){1,4}");

    private SlotFilling() {
    }

    /** The state with this message's task and slots applied; what the quote or confirmation relied on is dropped. */
    public static DialogueState read(DialogueState state, MessageInterpreted message) {
        var task = task(state, message);
        var start = Objects.equals(family(task), family(state.task())) ? state : state.finished();
        var slots = merged(start.slots(), message, start.memory().awaiting());
        return invalidated(start, slots).withTask(task);
    }

    public static boolean affirms(MessageInterpreted message) {
        return choice(message).map(Wording.YES::equals).orElse(false) || confident(message, Intent.affirm);
    }

    public static boolean denies(MessageInterpreted message) {
        return choice(message).map(Wording.NO::equals).orElse(false) || confident(message, Intent.deny);
    }

    static boolean confident(MessageInterpreted message, Intent intent) {
        return message.intent() != null && message.intent().intent() == intent
                && message.intent().confidence() >= MIN_CONFIDENCE;
    }

    private static String task(DialogueState state, MessageInterpreted message) {
        var intent = message.intent();
        if (intent != null && intent.confidence() >= MIN_CONFIDENCE && TASKS.contains(intent.intent().name())) {
            var asked = intent.intent().name();
            return "make_reservation".equals(state.task()) && "check_availability".equals(asked) ? state.task()
                    : asked;
        }
        if (state.task() == null && (hasStay(message) || providesBookingSlots(message))) {
            // nlp reads long booking requests full of slots as provide_info: a named room makes it a booking
            return providesBookingSlots(message) && has(message, "room_type") ? "make_reservation"
                    : "check_availability";
        }
        var picked = choice(message).filter(id -> id.startsWith(Wording.ROOM)).isPresent()
                || state.memory().awaiting() == Awaiting.ROOM && (affirms(message) || has(message, "room_type"));
        return "check_availability".equals(state.task()) && picked ? "make_reservation" : state.task();
    }

    private static Map<String, String> merged(Map<String, String> before, MessageInterpreted message,
                                              Awaiting awaiting) {
        var slots = new HashMap<>(before);
        var entities = message.entities() == null ? List.<Entity>of() : message.entities();
        for (var entity : entities) {
            if (SLOT_TYPES.contains(entity.type()) && !"previous".equals(entity.role()) && entity.value() != null) {
                slots.put(entity.type().name(), entity.value());
            }
        }
        choice(message).filter(id -> id.startsWith(Wording.ROOM))
                .ifPresent(id -> slots.put("room_type", id.substring(Wording.ROOM.length())));
        if (awaiting == Awaiting.NAME && !has(message, "guest_name") && isBareName(message.text())) {
            slots.put("guest_name", message.text().strip());
        }
        return withCheckOut(before, slots, message);
    }

    /**
     * Asked "in whose name?", guests often answer with the name alone ("Carmen Ruiz Soto"), which nlp cannot tell
     * from other words without a lead-in: two to five words of letters, as a name is written.
     */
    static boolean isBareName(String text) {
        return text != null && BARE_NAME.matcher(text.strip()).matches();
    }

    /**
     * A new check-in keeps the length of the stay unless the message also moves the check-out; nights given with a
     * known check-in set the check-out; two dates set the nights.
     */
    private static Map<String, String> withCheckOut(Map<String, String> before, Map<String, String> slots,
                                                    MessageInterpreted message) {
        var state = new DialogueState(null, slots, null);
        var checkIn = state.date("check_in");
        var nights = state.number("nights", 0);
        var movedIn = !Objects.equals(before.get("check_in"), slots.get("check_in"));
        if (checkIn.isPresent() && nights > 0 && !has(message, "check_out")
                && (movedIn || has(message, "nights") || !slots.containsKey("check_out"))) {
            slots.put("check_out", checkIn.get().plusDays(nights).toString());
        }
        var checkOut = new DialogueState(null, slots, null).date("check_out");
        if (checkIn.isPresent() && checkOut.isPresent() && checkOut.get().isAfter(checkIn.get())) {
            slots.put("nights", Long.toString(ChronoUnit.DAYS.between(checkIn.get(), checkOut.get())));
        }
        return slots;
    }

    private static DialogueState invalidated(DialogueState state, Map<String, String> slots) {
        var memory = state.memory();
        if (STAY.stream().anyMatch(name -> !Objects.equals(state.slots().get(name), slots.get(name)))) {
            memory = new DialogueState.Memory(null, null, null, memory.booking());
        } else if (!Objects.equals(state.slots().get("room_type"), slots.get("room_type"))
                || !Objects.equals(state.slots().get("guest_name"), slots.get("guest_name"))) {
            memory = new DialogueState.Memory(null, memory.quoted(), null, memory.booking());
        }
        if (!Objects.equals(state.slots().get("booking_reference"), slots.get("booking_reference"))) {
            memory = new DialogueState.Memory(memory.awaiting(), memory.quoted(), memory.confirmation(), null);
        }
        return new DialogueState(state.task(), slots, memory);
    }

    private static String family(String task) {
        return task == null ? null : BOOKING_TASKS.contains(task) ? "booking" : task;
    }

    /** Top intent provide_info (at any confidence: the slots say more) with a slot of the booking flow. */
    private static boolean providesBookingSlots(MessageInterpreted message) {
        return message.intent() != null && message.intent().intent() == Intent.provide_info
                && (hasStay(message) || has(message, "adults") || has(message, "room_type"));
    }

    private static boolean hasStay(MessageInterpreted message) {
        return has(message, "check_in") || has(message, "check_out") || has(message, "nights");
    }

    static boolean has(MessageInterpreted message, String type) {
        return message.entities() != null && message.entities().stream()
                .anyMatch(e -> e.type().name().equals(type) && !"previous".equals(e.role()));
    }

    private static Optional<String> choice(MessageInterpreted message) {
        return message.body() instanceof MessageBody.Choice choice ? Optional.ofNullable(choice.id())
                : Optional.empty();
    }
}
