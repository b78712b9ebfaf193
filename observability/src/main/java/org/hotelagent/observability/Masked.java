package org.hotelagent.observability;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks guest identifiers (phone numbers, WhatsApp ids, session ids, e-mail addresses) before they reach a log line:
 * enough stays to tell guests apart while reading (last characters, first letter and mail domain), never enough to
 * contact them.
 */
public final class Masked {

    private static final String STARS = "***";
    private static final int KEPT_TAIL = 4;
    // An address inside free text; masking keeps the first letter, which no longer matches (the '*' is not in it).
    private static final Pattern EMAIL = Pattern.compile("([\\w.+-])[\\w.+-]*@([\\w-]+(?:\\.[\\w-]+)+)");
    // 8 or more digits, optionally '+'-prefixed or space-grouped: phone numbers, WhatsApp ids (also after the "US."
    // of a BSUID or the "whatsapp:hotel:" of a conversation id). Not next to a letter or '-', so UUIDs, dates, hex
    // digests and base64 stay readable; a bare epoch-millis timestamp is masked too, an accepted loss.
    private static final Pattern DIGITS = Pattern.compile("(?<![\\w+-])\\+?\\d(?: ?\\d){7,}(?![\\w-])");

    private Masked() {
    }

    /** A phone number, WhatsApp id, session id or other handle: only its last four characters. */
    public static String handle(String value) {
        if (value == null) {
            return null;
        }
        return value.length() <= KEPT_TAIL * 2 ? STARS : STARS + value.substring(value.length() - KEPT_TAIL);
    }

    /** An e-mail address keeps its first letter and its domain; anything else is masked as a handle. */
    public static String email(String value) {
        if (value == null) {
            return null;
        }
        var at = value.lastIndexOf('@');
        return at <= 0 ? handle(value) : value.charAt(0) + STARS + value.substring(at);
    }

    /** A guest key of any channel: an e-mail address or a handle. */
    public static String guest(String value) {
        return value != null && value.indexOf('@') > 0 ? email(value) : handle(value);
    }

    /** A conversation id {@code channel:hotel:guest} with its guest part masked. */
    public static String conversationId(String value) {
        if (value == null) {
            return null;
        }
        var parts = value.split(":", 3);
        return parts.length < 3 ? guest(value) : parts[0] + ":" + parts[1] + ":" + guest(parts[2]);
    }

    /** Free text (a log message) with every e-mail address and phone-like digit run masked. */
    public static String inText(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        var withoutEmails = EMAIL.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1) + STARS + "@" + m.group(2)));
        return DIGITS.matcher(withoutEmails).replaceAll(m -> Matcher.quoteReplacement(maskDigits(m.group())));
    }

    private static String maskDigits(String run) {
        var digits = run.replaceAll("\\D", "");
        return STARS + digits.substring(digits.length() - KEPT_TAIL);
    }
}
