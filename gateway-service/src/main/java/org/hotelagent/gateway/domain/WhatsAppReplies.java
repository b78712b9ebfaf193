package org.hotelagent.gateway.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.hotelagent.contracts.dialogue.ReplyButton;
import org.hotelagent.contracts.dialogue.ReplyComposed;
import org.hotelagent.contracts.dialogue.ReplyList;
import org.hotelagent.gateway.client.OutboundMessage;
import org.hotelagent.gateway.client.OutboundMessage.Button;
import org.hotelagent.gateway.client.OutboundMessage.Interactive;
import org.hotelagent.gateway.client.OutboundMessage.Row;
import org.hotelagent.gateway.client.OutboundMessage.Section;

/**
 * Shapes a composed reply into one Cloud API message within Meta's limits (lengths counted in code points, as Meta
 * does): reply buttons when they fit, else a list when it fits, else the options as numbered text under the reply,
 * so a reply is never refused for its shape. Buttons win when a reply has both.
 */
public final class WhatsAppReplies {

    static final int TEXT_MAX = 4096;
    static final int BUTTONS_MAX = 3;
    static final int BUTTON_TITLE_MAX = 20;
    static final int BUTTON_ID_MAX = 256;
    static final int BUTTON_BODY_MAX = 1024;
    static final int LIST_ROWS_MAX = 10;
    static final int LIST_SECTIONS_MAX = 10;
    static final int ROW_TITLE_MAX = 24;
    static final int ROW_ID_MAX = 200;
    static final int ROW_DESCRIPTION_MAX = 72;
    static final int SECTION_TITLE_MAX = 24;
    static final int LIST_BUTTON_MAX = 20;

    private WhatsAppReplies() {
    }

    /** The message to send to {@code to}, and its shape: text, buttons, list or numbered. */
    public static Composed compose(ReplyComposed reply, String to) {
        var text = reply.text() == null ? "" : reply.text();
        var replyTo = reply.replyToChannelMessageId();
        var callback = reply.eventId().toString();
        if (buttonsFit(reply.buttons(), text)) {
            var buttons = reply.buttons().stream().map(b -> Button.reply(b.id(), b.title())).toList();
            return new Composed(OutboundMessage.interactive(to, Interactive.buttons(text, buttons), replyTo, callback),
                    "buttons");
        }
        if (listFits(reply.list(), text)) {
            var list = reply.list();
            var sections = list.sections().stream().map(s -> new Section(
                    s.title() != null ? s.title() : truncate(list.buttonLabel(), SECTION_TITLE_MAX),
                    s.rows().stream().map(r -> new Row(r.id(), r.title(), r.description())).toList())).toList();
            return new Composed(OutboundMessage.interactive(to, Interactive.list(text, list.buttonLabel(), sections),
                    replyTo, callback), "list");
        }
        var options = numbered(reply.buttons(), reply.list());
        var body = options.isEmpty() ? text : text + "\n\n" + options;
        return new Composed(OutboundMessage.text(to, truncate(body, TEXT_MAX), replyTo, callback),
                options.isEmpty() ? "text" : "numbered");
    }

    static boolean buttonsFit(List<ReplyButton> buttons, String body) {
        if (buttons == null || buttons.isEmpty() || buttons.size() > BUTTONS_MAX || body.isBlank()
                || length(body) > BUTTON_BODY_MAX) {
            return false;
        }
        var titles = new HashSet<String>();
        return buttons.stream().allMatch(b -> within(b.title(), BUTTON_TITLE_MAX) && within(b.id(), BUTTON_ID_MAX)
                && titles.add(b.title()));
    }

    static boolean listFits(ReplyList list, String body) {
        if (list == null || list.sections() == null || list.sections().isEmpty()
                || list.sections().size() > LIST_SECTIONS_MAX || body.isBlank() || length(body) > TEXT_MAX
                || !within(list.buttonLabel(), LIST_BUTTON_MAX)) {
            return false;
        }
        var rows = list.sections().stream().mapToInt(s -> s.rows() == null ? 0 : s.rows().size()).sum();
        return rows > 0 && rows <= LIST_ROWS_MAX && list.sections().stream().allMatch(s -> s.rows() != null
                && (s.title() == null || length(s.title()) <= SECTION_TITLE_MAX)
                && s.rows().stream().allMatch(r -> within(r.title(), ROW_TITLE_MAX) && within(r.id(), ROW_ID_MAX)
                        && (r.description() == null || length(r.description()) <= ROW_DESCRIPTION_MAX)));
    }

    /** The options as "1. title" lines (a row adds " – description"); the guest answers with a number or words. */
    private static String numbered(List<ReplyButton> buttons, ReplyList list) {
        var lines = new ArrayList<String>();
        if (buttons != null) {
            buttons.forEach(b -> lines.add(b.title()));
        }
        if (list != null && list.sections() != null && (buttons == null || buttons.isEmpty())) {
            list.sections().stream().filter(s -> s.rows() != null).flatMap(s -> s.rows().stream())
                    .forEach(r -> lines.add(r.description() == null ? r.title() : r.title() + " – " + r.description()));
        }
        var text = new StringBuilder();
        for (var i = 0; i < lines.size(); i++) {
            text.append(i == 0 ? "" : "\n").append(i + 1).append(". ").append(lines.get(i));
        }
        return text.toString();
    }

    private static boolean within(String value, int max) {
        return value != null && !value.isBlank() && length(value) <= max;
    }

    private static int length(String value) {
        return value.codePointCount(0, value.length());
    }

    private static String truncate(String value, int max) {
        if (value == null || length(value) <= max) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, max - 1)) + "…";
    }

    /** A message ready to send, and its shape (a metric tag). */
    public record Composed(OutboundMessage message, String format) {
    }
}
