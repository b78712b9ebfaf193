package org.hotelagent.gateway.domain.email;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Recognises mail that must never be answered (RFC 3834 auto-replies, bulk and list mail, bounces and receipts,
 * system senders, our own mail coming back), so two robots cannot talk to each other forever.
 */
public final class LoopGuard {

    /** The private header on every mail we send; a mail carrying it is one of ours. */
    public static final String GATEWAY_HEADER = "X-Hotel-Gateway-Id";

    private static final List<String> AUTOREPLY_HEADERS = List.of("X-Autoreply", "X-Autorespond", "X-AutoReply-From",
            "X-Mail-Autoreply", "X-FC-MachineGenerated", "X-Failed-Recipients");
    private static final List<String> LIST_HEADERS = List.of("List-Id", "List-Unsubscribe", "List-Post", "Feedback-ID");
    private static final Pattern BULK_PRECEDENCE = Pattern.compile("(?i)\\s*(bulk|junk|list|auto_reply)\\b.*");
    private static final Pattern SYSTEM_SENDER = Pattern.compile(
            "(?i)^(mailer-daemon|postmaster|no-?reply|do-?not-?reply|bounces?)([+.-].*)?@.*");
    private static final Pattern AUTOMATIC_SUBJECT = Pattern.compile("(?i)^\\s*(automatic reply|auto:|respuesta"
            + " automática|réponse automatique|abwesenheitsnotiz|out of office|undeliverable:|no se puede entregar"
            + "|undelivered mail returned to sender|delivery status notification|mail delivery failed).*");

    private LoopGuard() {
    }

    /** Why the mail is automatic, or null when a person wrote it to us. */
    public static String reasonOf(MimeMessage mail, String sender, String ownAddress) throws MessagingException {
        var autoSubmitted = mail.getHeader("Auto-Submitted", null);
        if (autoSubmitted != null && !autoSubmitted.strip().toLowerCase(Locale.ROOT).startsWith("no")) {
            return "auto-submitted";
        }
        if (mail.getHeader(GATEWAY_HEADER, null) != null || sender.equalsIgnoreCase(ownAddress)) {
            return "own-mail";
        }
        for (var name : List.of("Precedence", "X-Precedence")) {
            var precedence = mail.getHeader(name, null);
            if (precedence != null && BULK_PRECEDENCE.matcher(precedence).matches()) {
                return "bulk";
            }
        }
        if (AUTOREPLY_HEADERS.stream().anyMatch(h -> present(mail, h))) {
            return "auto-reply";
        }
        if (LIST_HEADERS.stream().anyMatch(h -> present(mail, h))) {
            return "list";
        }
        return reasonOfShape(mail, sender);
    }

    private static String reasonOfShape(MimeMessage mail, String sender) throws MessagingException {
        var returnPath = mail.getHeader("Return-Path", null);
        if (returnPath != null && returnPath.replaceAll("\\s", "").equals("<>")) {
            return "null-sender";
        }
        if (mail.isMimeType("multipart/report")) {
            return "report";
        }
        if (SYSTEM_SENDER.matcher(sender).matches()) {
            return "system-sender";
        }
        var subject = mail.getSubject();
        return subject != null && AUTOMATIC_SUBJECT.matcher(subject).matches() ? "automatic-subject" : null;
    }

    private static boolean present(MimeMessage mail, String header) {
        try {
            return mail.getHeader(header) != null;
        } catch (MessagingException unreadable) {
            return false;
        }
    }
}
