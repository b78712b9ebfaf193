package org.hotelagent.contracts.dialogue;

/** A quick reply: the guest sees {@code title}; a tap comes back as a Choice with {@code id}. */
public record ReplyButton(String id, String title) {
}
