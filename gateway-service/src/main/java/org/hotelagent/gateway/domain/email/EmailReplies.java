package org.hotelagent.gateway.domain.email;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import org.hotelagent.contracts.dialogue.ReplyComposed;
import org.hotelagent.gateway.config.GatewayConfig;
import org.hotelagent.gateway.persistence.EmailThreadRepository;

/**
 * Builds the mail of a reply: from the hotel's address to the guest, threaded under the guest's mail (Re: subject,
 * In-Reply-To, References), buttons and lists written out as options, a spoken version attached.
 */
public final class EmailReplies {

    private static final Pattern REPLY_PREFIX = Pattern.compile("(?i)^\\s*(re|aw|sv|antw|r)\\s*:.*");
    private static final int MAX_REFERENCES = 10;

    private EmailReplies() {
    }

    public static MimeMessage compose(Session session, ReplyComposed reply, GatewayConfig.Email.Mailbox mailbox,
                                      EmailThreadRepository.Thread thread) throws MessagingException {
        var message = new OwnIdMessage(session, "<" + reply.eventId() + "@" + domainOf(mailbox.address()) + ">");
        message.setFrom(from(mailbox));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(reply.recipient().address(), true));
        message.setSubject(subjectOf(reply.subject(), thread == null ? null : thread.subject()), "UTF-8");
        var parent = reply.replyToChannelMessageId();
        if (parent != null) {
            message.setHeader("In-Reply-To", parent);
            message.setHeader("References", referencesOf(parent, thread));
        }
        message.setHeader(LoopGuard.GATEWAY_HEADER, reply.eventId().toString());
        message.setHeader("X-Auto-Response-Suppress", "All");
        message.setSentDate(new Date());
        var voice = reply.voice();
        if (voice == null || voice.data() == null || voice.data().length == 0) {
            message.setText(textOf(reply), "UTF-8");
        } else {
            var text = new MimeBodyPart();
            text.setText(textOf(reply), "UTF-8");
            var audio = new MimeBodyPart();
            audio.setDataHandler(new DataHandler(new ByteArrayDataSource(voice.data(), voice.mimeType())));
            audio.setFileName(voice.mimeType().startsWith("audio/ogg") ? "reply.ogg" : "reply.audio");
            message.setContent(new MimeMultipart(text, audio));
        }
        message.saveChanges();
        return message;
    }

    /** The reply's subject as given, else the guest's; prefixed with "Re: " once (Re:, AW:, SV: are kept). */
    static String subjectOf(String explicit, String original) {
        var base = explicit != null && !explicit.isBlank() ? explicit.strip()
                : original == null ? "" : original.strip();
        return REPLY_PREFIX.matcher(base).matches() ? base : ("Re: " + base).strip();
    }

    static String referencesOf(String parent, EmailThreadRepository.Thread thread) {
        var ids = new ArrayList<String>(thread == null ? List.of() : thread.references());
        ids.remove(parent);
        ids.add(parent);
        return String.join(" ", ids.subList(Math.max(0, ids.size() - MAX_REFERENCES), ids.size()));
    }

    /** The reply's text, then its buttons and list rows as options the guest can write back. */
    static String textOf(ReplyComposed reply) {
        var text = new StringBuilder(reply.text() == null ? "" : reply.text().strip());
        if (reply.buttons() != null && !reply.buttons().isEmpty()) {
            text.append("\n");
            reply.buttons().forEach(button -> text.append("\n- ").append(button.title()));
        }
        if (reply.list() != null && reply.list().sections() != null) {
            text.append("\n\n").append(reply.list().buttonLabel()).append(':');
            for (var section : reply.list().sections()) {
                if (section.title() != null && !section.title().isBlank()) {
                    text.append("\n\n").append(section.title());
                }
                section.rows().forEach(row -> text.append("\n- ").append(row.title())
                        .append(row.description() == null ? "" : " (" + row.description() + ")"));
            }
        }
        return text.append('\n').toString();
    }

    private static InternetAddress from(GatewayConfig.Email.Mailbox mailbox) throws MessagingException {
        try {
            return new InternetAddress(mailbox.address(), mailbox.displayName().orElse(null),
                    StandardCharsets.UTF_8.name());
        } catch (java.io.UnsupportedEncodingException impossible) {
            throw new MessagingException("UTF-8 is not supported", impossible);
        }
    }

    private static String domainOf(String address) {
        return address.substring(address.indexOf('@') + 1);
    }

    /** Keeps our Message-ID: Jakarta Mail replaces it on saveChanges() otherwise (jakartaee/mail-api#432). */
    private static final class OwnIdMessage extends MimeMessage {

        private final String messageId;

        OwnIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
