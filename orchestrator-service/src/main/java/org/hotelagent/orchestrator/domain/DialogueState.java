package org.hotelagent.orchestrator.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hotelagent.orchestrator.client.Pms;

/**
 * A conversation's dialogue state: the task under way, its slots (keyed by nlp entity type, normalised values) and
 * what the agent remembers between turns. Immutable; every rule returns a new state.
 */
public record DialogueState(String task, Map<String, String> slots, Memory memory) {

    public DialogueState {
        slots = Map.copyOf(slots);
        memory = memory == null ? Memory.EMPTY : memory;
    }

    public static final DialogueState EMPTY = new DialogueState(null, Map.of(), Memory.EMPTY);

    /**
     * What the agent knows beyond the slots.
     *
     * @param quoted       the PMS's last quote for the current stay and party, null when none is valid
     * @param confirmation the id of the booking confirmation the guest was asked; the Idempotency-Key derives from it
     * @param booking      the guest's booking found by reference and verified against the guest's contact
     * @param misunderstood messages in a row the agent could not make sense of; two hand the guest to staff
     */
    public record Memory(Awaiting awaiting, Quoted quoted, UUID confirmation, Pms.Booking booking,
                         int misunderstood) {
        public static final Memory EMPTY = new Memory(null, null, null, null);

        /** Any memory but the count of messages in a row not understood, which starts again at 0. */
        public Memory(Awaiting awaiting, Quoted quoted, UUID confirmation, Pms.Booking booking) {
            this(awaiting, quoted, confirmation, booking, 0);
        }

        public Memory misunderstood(int times) {
            return new Memory(awaiting, quoted, confirmation, booking, times);
        }
    }

    /** A quote as the PMS gave it: nights, currency and the offers with rooms free. */
    public record Quoted(LocalDate checkIn, LocalDate checkOut, int nights, String currency, List<Offer> offers) {
    }

    /** A room type on offer; {@code names} per language as the PMS named it. */
    public record Offer(String roomTypeId, Map<String, String> names, BigDecimal total) {

        public String name(String language) {
            return names.getOrDefault(language, names.getOrDefault("en", roomTypeId));
        }
    }

    public Optional<String> slot(String name) {
        return Optional.ofNullable(slots.get(name)).filter(value -> !value.isBlank());
    }

    public Optional<LocalDate> date(String name) {
        return slot(name).flatMap(DialogueState::isoDate);
    }

    public int number(String name, int otherwise) {
        return slot(name).map(value -> value.replaceAll("\\D", "")).filter(value -> !value.isEmpty())
                .map(Integer::parseInt).orElse(otherwise);
    }

    public DialogueState withTask(String newTask) {
        return new DialogueState(newTask, slots, memory);
    }

    public DialogueState withSlots(Map<String, String> newSlots) {
        return new DialogueState(task, newSlots, memory);
    }

    public DialogueState without(String... names) {
        var copy = new HashMap<>(slots);
        for (var name : names) {
            copy.remove(name);
        }
        return withSlots(copy);
    }

    public DialogueState with(Memory newMemory) {
        return new DialogueState(task, slots, newMemory);
    }

    public DialogueState awaiting(Awaiting awaiting) {
        return with(new Memory(awaiting, memory.quoted(), memory.confirmation(), memory.booking()));
    }

    /** The task is over: contact slots and the booking reference stay, the rest is forgotten. */
    public DialogueState finished() {
        var kept = new HashMap<String, String>();
        for (var name : List.of("guest_name", "email", "phone", "booking_reference")) {
            slot(name).ifPresent(value -> kept.put(name, value));
        }
        return new DialogueState(null, kept, Memory.EMPTY);
    }

    private static Optional<LocalDate> isoDate(String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (RuntimeException notADate) {
            return Optional.empty();
        }
    }
}
