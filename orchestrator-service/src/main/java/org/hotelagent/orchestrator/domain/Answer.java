package org.hotelagent.orchestrator.domain;

import java.util.List;

import org.hotelagent.contracts.dialogue.ReplyButton;
import org.hotelagent.contracts.dialogue.ReplyList;

/** What to tell the guest: the text, and quick replies or a menu where the channel shows them. */
public record Answer(String text, List<ReplyButton> buttons, ReplyList list) {

    public static Answer of(String text) {
        return new Answer(text, null, null);
    }

    /** This answer after other paragraphs (hotel answers, an apology), keeping its buttons and list. */
    public Answer after(List<String> paragraphs) {
        if (paragraphs.isEmpty()) {
            return this;
        }
        return new Answer(String.join("\n\n", paragraphs) + "\n\n" + text, buttons, list);
    }
}
