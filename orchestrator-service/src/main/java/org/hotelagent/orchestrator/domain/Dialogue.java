package org.hotelagent.orchestrator.domain;

import java.time.LocalDate;
import java.util.List;

import org.hotelagent.contracts.nlp.Intent;
import org.hotelagent.contracts.nlp.MessageInterpreted;
import org.hotelagent.contracts.nlp.Sentiment;
import org.hotelagent.orchestrator.client.PmsResult;

/**
 * The dialogue's rules: from the state and one guest message to the next step, and from a PMS answer to what the
 * guest is told. Hotel questions are answered on the way without losing the task: the pending question follows.
 * Pure, no I/O; {@code today} is the hotels' date by the service clock.
 */
public final class Dialogue {

    /** Below this the small-talk answers are not risked; the guest's words are acknowledged instead. */
    private static final double SMALL_TALK_CONFIDENCE = 0.6;
    private static final int MISUNDERSTOOD_BEFORE_HANDOFF = 2;

    private Dialogue() {
    }

    /**
     * The step for this message and the paragraphs to put before its answer.
     *
     * @param answers the hotel's stored answers to what the guest asked, in the reply language; may be empty
     */
    public static Plan next(DialogueState before, MessageInterpreted message, List<String> answers, LocalDate today) {
        var w = Wording.in(message.language());
        var read = SlotFilling.read(before, message);
        var affirmed = SlotFilling.affirms(message);
        var denied = SlotFilling.denies(message);
        var contributed = !read.equals(before) || affirmed || denied;
        var misunderstood = unclear(message) && !contributed && answers.isEmpty()
                ? before.memory().misunderstood() + 1 : 0;
        var state = read.with(read.memory().misunderstood(misunderstood));
        if (wantsAPerson(message) || misunderstood >= MISUNDERSTOOD_BEFORE_HANDOFF) {
            return new Plan(new Step.Say(state, Answer.of(w.replies().handedOver())), List.of(), true);
        }
        if (state.task() == null) {
            return new Plan(new Step.Say(state, answers.isEmpty() ? smallTalk(message, w)
                    : Answer.of(String.join("\n\n", answers))), List.of());
        }
        if (SlotFilling.confident(message, Intent.goodbye)) {
            return new Plan(new Step.Say(state, Answer.of(w.replies().goodbye())), answers);
        }
        var awaiting = state.memory().awaiting();
        if (awaiting == Awaiting.BOOKING_CONFIRMATION && denied || awaiting == Awaiting.CHANGE && !contributed) {
            return new Plan(BookingFlow.ask(state, Awaiting.CHANGE, w.replies().whatToChange()), answers);
        }
        var unread = message.text() == null || message.text().isBlank();
        var preface = contributed || !answers.isEmpty() || !unclear(message) ? answers
                : List.of(unread ? w.replies().cannotRead() : w.replies().notUnderstood());
        return new Plan(flow(state, affirmed, denied, message, today, w), preface);
    }

    /** The step after the PMS answered {@code action}, in the language of {@code message}. */
    public static Step after(DialogueState state, PmsAction action, PmsResult<?> result, MessageInterpreted message,
                             LocalDate today) {
        var w = Wording.in(message.language());
        return switch (action) {
            case PmsAction.Quote ignored -> BookingFlow.after(state, action, result, message, today, w);
            case PmsAction.Book ignored -> BookingFlow.after(state, action, result, message, today, w);
            default -> ReservationFlow.after(state, action, result, message, today, w);
        };
    }

    /**
     * Why a planned handover happens, for the metrics: request (asked for a person), complaint (a complaint or an
     * angry message the agent cannot place) or misunderstanding (not understood twice in a row).
     */
    public static String handOverReason(MessageInterpreted message) {
        if (SlotFilling.confident(message, Intent.human_handoff)) {
            return "request";
        }
        return wantsAPerson(message) ? "complaint" : "misunderstanding";
    }

    /** Told while the PMS cannot answer; the action is kept and the real answer follows. */
    public static Answer holding(MessageInterpreted message) {
        return Answer.of(Wording.in(message.language()).replies().holding());
    }

    private static Step flow(DialogueState state, boolean affirmed, boolean denied, MessageInterpreted message,
                             LocalDate today, Wording w) {
        return SlotFilling.BOOKING_TASKS.contains(state.task())
                ? BookingFlow.next(state, affirmed, message, today, w)
                : ReservationFlow.next(state, affirmed, denied, today, w);
    }

    /** Asked for a person, complained, or wrote in anger about something the flows do not cover. */
    private static boolean wantsAPerson(MessageInterpreted message) {
        return SlotFilling.confident(message, Intent.human_handoff) || SlotFilling.confident(message, Intent.complaint)
                || message.sentiment() == Sentiment.NEGATIVE && unclear(message);
    }

    private static boolean unclear(MessageInterpreted message) {
        var intent = message.intent();
        return intent == null || intent.confidence() < SlotFilling.MIN_CONFIDENCE
                || intent.intent() == Intent.out_of_scope;
    }

    private static Answer smallTalk(MessageInterpreted message, Wording w) {
        var replies = w.replies();
        if (message.text() == null || message.text().isBlank()) {
            return Answer.of(replies.cannotRead());
        }
        var displayName = message.guest() == null ? null : message.guest().displayName();
        var name = displayName == null || displayName.isBlank() ? null : displayName.strip().split("\\s+")[0];
        var intent = message.intent() != null && message.intent().confidence() >= SMALL_TALK_CONFIDENCE
                ? message.intent().intent() : null;
        return Answer.of(switch (intent) {
            case greeting -> name == null ? replies.greetingAnonymous() : replies.greeting(name);
            case thanks -> replies.thanks();
            case goodbye -> replies.goodbye();
            case null, default -> name == null ? replies.acknowledgedAnonymous(message.text())
                    : replies.acknowledged(name, message.text());
        });
    }

    /**
     * A step and the paragraphs (hotel answers, an apology) its answer comes after; {@code handOver} when the
     * conversation passes to staff and the agent falls silent.
     */
    public record Plan(Step step, List<String> preface, boolean handOver) {
        Plan(Step step, List<String> preface) {
            this(step, preface, false);
        }
    }
}
