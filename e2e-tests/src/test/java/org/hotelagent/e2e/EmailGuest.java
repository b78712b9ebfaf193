package org.hotelagent.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * A guest writing to the hotel by e-mail: sends over SMTP to the hotel's address as a mail client does (a reply
 * threads under the agent's mail with {@code In-Reply-To}/{@code References}, {@code Re:} and the quoted history
 * below), and reads the agent's answers from their own INBOX over IMAP.
 */
final class EmailGuest {

    /** How a mail client of each language introduces the quoted mail (Gmail's wording). */
    private static final Map<String, String> QUOTE_INTRO = Map.of("es", "El %s, %s escribió:",
            "pt", "Em %s, %s escreveu:", "en", "On %s, %s wrote:");

    final String address;
    final String name;
    private final HotelMailbox mailbox;
    private final String language;
    private final String password = UUID.randomUUID().toString();
    private int repliesRead;
    private Reply lastReply;

    /** A new guest with a random address, so tests never share a conversation. */
    EmailGuest(HotelMailbox mailbox, String name, String language) {
        this.mailbox = mailbox;
        this.name = name;
        this.language = language;
        this.address = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".") + "-"
                + UUID.randomUUID().toString().substring(0, 8) + "@guest.example";
        mailbox.addGuest(address, password);
    }

    String conversationId() {
        return "email:demo-hotel:" + address;
    }

    /** Starts a thread: a new mail to the hotel. Returns its Message-ID. */
    String writes(String subject, String text) throws MessagingException {
        return send(subject, text, null, List.of());
    }

    /** Answers the agent's last mail as a mail client does: threaded, {@code Re:}, its text quoted below. */
    String replies(String text) throws MessagingException {
        assertThat(lastReply).as("no mail from the hotel to reply to").isNotNull();
        var references = new ArrayList<>(lastReply.references());
        references.add(lastReply.messageId());
        var when = DateTimeFormatter.ofPattern("EEE, d MMM yyyy, H:mm", Locale.forLanguageTag(language))
                .format(ZonedDateTime.now(ZoneOffset.UTC));
        var quoted = new StringBuilder(text).append("\n\n")
                .append(QUOTE_INTRO.get(language).formatted(when, lastReply.from())).append('\n');
        lastReply.text().strip().lines().forEach(line -> quoted.append("> ").append(line).append('\n'));
        return send(lastReply.subject(), quoted.toString(), lastReply.messageId(), references);
    }

    private String send(String subject, String text, String inReplyTo, List<String> references)
            throws MessagingException {
        var mail = new MimeMessage(mailbox.guestSession());
        try {
            mail.setFrom(new InternetAddress(address, name, StandardCharsets.UTF_8.name()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        mail.setRecipient(Message.RecipientType.TO, new InternetAddress(HotelMailbox.HOTEL));
        mail.setSubject(subject, StandardCharsets.UTF_8.name());
        mail.setSentDate(new Date());
        mail.setText(text, StandardCharsets.UTF_8.name());
        if (inReplyTo != null) {
            mail.setHeader("In-Reply-To", inReplyTo);
            mail.setHeader("References", String.join(" ", references));
        }
        Transport.send(mail);
        // Sending sets the Message-ID the mail went out with.
        return mail.getMessageID();
    }

    /** The next mail the hotel sent this guest, read over IMAP. */
    Reply nextReply() throws MessagingException, IOException {
        var wanted = repliesRead + 1;
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(250))
                .until(() -> inbox(Folder::getMessageCount) >= wanted);
        lastReply = inbox(folder -> Reply.of((MimeMessage) folder.getMessage(wanted)));
        repliesRead = wanted;
        return lastReply;
    }

    /** Signs in to the guest's INBOX (read-only), reads it and signs out, as a mail client checking for news. */
    private <T> T inbox(InboxRead<T> read) throws MessagingException, IOException {
        try (var store = mailbox.guestSession().getStore("imap")) {
            store.connect(address, password);
            var inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                return read.from(inbox);
            } finally {
                inbox.close(false);
            }
        }
    }

    @FunctionalInterface
    private interface InboxRead<T> {
        T from(Folder inbox) throws MessagingException, IOException;
    }

    /** A mail from the hotel as the guest's client shows it: sender, subject, threading headers and its text. */
    record Reply(String messageId, String from, String subject, String inReplyTo, List<String> references,
                 String text) {

        static Reply of(MimeMessage mail) throws MessagingException, IOException {
            var references = mail.getHeader("References", " ");
            return new Reply(mail.getMessageID(), mail.getFrom()[0].toString(), mail.getSubject(),
                    mail.getHeader("In-Reply-To", null),
                    references == null ? List.of() : List.of(references.strip().split("\\s+")), textOf(mail));
        }

        private static String textOf(Part part) throws MessagingException, IOException {
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.isMimeType("multipart/*")) {
                var multipart = (Multipart) part.getContent();
                for (var i = 0; i < multipart.getCount(); i++) {
                    var text = textOf(multipart.getBodyPart(i));
                    if (text != null) {
                        return text;
                    }
                }
            }
            return null;
        }

        /** The sender's bare address. */
        String fromAddress() {
            try {
                return new InternetAddress(from).getAddress();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
