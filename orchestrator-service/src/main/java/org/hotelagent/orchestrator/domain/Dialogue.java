package org.hotelagent.orchestrator.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

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
    /** Words that make a message urgent whatever nlp read in it (es, en, pt; matched without accents or case). */
    private static final Pattern URGENT = Pattern.compile("(?<![\\p{L}\\p{N}])(urgente?s?|urgencia|urgency"
            + "|emergencias?|emergency|emergencies|socorro|inundad[oa]|flood(ed|ing)?|fire|fuego|incendio|fuga"
            + "|leak(ing)?|vazamento)(?![\\p{L}\\p{N}])");
    /** Questions about the hotel or its rooms: when the stored knowledge has no answer, staff are asked. */
    private static final Set<Intent> QUESTIONS = EnumSet.of(Intent.hotel_info, Intent.amenities_request,
            Intent.room_info, Intent.payment);

    private Dialogue() {
    }

    /**
     * The step for this message and the paragraphs to put before its answer.
     *
     * @param asked      the hotel topics the guest's words name
     * @param answers    the hotel's stored answers to what the guest asked, in the reply language; may be empty
     * @param outOfHours the hotel is out of its business hours: urgent messages go to staff and the on-call person
     */
    public static Plan next(DialogueState before, MessageInterpreted message, Set<KnowledgeTopic> asked,
                            List<String> answers, LocalDate today, boolean outOfHours) {
        var w = Wording.in(message.language());
        var read = SlotFilling.read(before, message);
        var affirmed = SlotFilling.affirms(message);
        var denied = SlotFilling.denies(message);
        var contributed = !read.equals(before) || affirmed || denied;
        var unanswered = answers.isEmpty() && (QUESTIONS.stream().anyMatch(q -> SlotFilling.confident(message, q))
                || !asked.isEmpty() && !contributed);
        var misunderstood = unclear(message) && !contributed && answers.isEmpty() && !unanswered
                ? before.memory().misunderstood() + 1 : 0;
        var state = read.with(read.memory().misunderstood(misunderstood));
        if (outOfHours && urgent(message)) {
            return new Plan(new Step.Say(state, Answer.of(w.replies().handedOverOutOfHours())), List.of(),
                    Then.ESCALATE);
        }
        if (wantsAPerson(message) || misunderstood >= MISUNDERSTOOD_BEFORE_HANDOFF) {
            return new Plan(new Step.Say(state, Answer.of(w.replies().handedOver())), List.of(), Then.HAND_OVER);
        }
        if (unanswered) {
            // an honest "I'll ask the team" (and a staff task), then the pending question if a task is under way
            var askingTheTeam = List.of(w.replies().askingTheTeam());
            return state.task() == null
                    ? new Plan(new Step.Say(state, Answer.of(askingTheTeam.getFirst())), List.of(), Then.ASK_TEAM)
                    : new Plan(flow(state, affirmed, denied, message, today, w), askingTheTeam, Then.ASK_TEAM);
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
     * angry message the agent cannot place), urgent (urgency words, escalated out of business hours) or
     * misunderstanding (not understood twice in a row).
     */
    public static String handOverReason(MessageInterpreted message, Then then) {
        if (SlotFilling.confident(message, Intent.human_handoff)) {
            return "request";
        }
        return wantsAPerson(message) ? "complaint" : then == Then.ESCALATE ? "urgent" : "misunderstanding";
    }

    /**
     * A complaint, an angry request for a person, or words of urgency or emergency (nlp has no intent for those):
     * out of business hours, staff and the on-call person are told.
     */
    public static boolean urgent(MessageInterpreted message) {
        var angry = message.sentiment() == Sentiment.NEGATIVE && SlotFilling.confident(message, Intent.human_handoff);
        return SlotFilling.confident(message, Intent.complaint) || angry
                || message.text() != null && URGENT.matcher(KnowledgeTopic.normalized(message.text())).find();
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

    /** A step, the paragraphs (hotel answers, an apology) its answer comes after, and what follows the answer. */
    public record Plan(Step step, List<String> preface, Then then) {
        Plan(Step step, List<String> preface) {
            this(step, preface, Then.ANSWER);
        }

        /** The conversation passes to staff and the agent falls silent. */
        public boolean handOver() {
            return then == Then.HAND_OVER || then == Then.ESCALATE;
        }
    }

    /**
     * After the answer: nothing more, a handover to staff, a staff task for a question the hotel's knowledge does
     * not answer, or a handover escalated to the on-call person (urgent, out of business hours).
     */
    public enum Then { ANSWER, HAND_OVER, ASK_TEAM, ESCALATE }
}
