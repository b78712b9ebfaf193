package org.hotelagent.orchestrator.domain;

/** The dialogue's next move: answer now, or ask the PMS first and answer with what it says. */
public sealed interface Step {

    DialogueState state();

    /** Answer the guest; {@code state} is the state after it. */
    record Say(DialogueState state, Answer answer) implements Step {
    }

    /** Ask the PMS; {@code state} is kept until it answers. */
    record Call(DialogueState state, PmsAction action) implements Step {
    }
}
