package org.hotelagent.gateway.domain.email;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

/**
 * Reads a raw RFC 5322 mail, whatever transport fetched it: sender, subject, threading headers, the new text
 * (text/plain preferred, else HTML converted; charsets as labelled, latin-1 read as its windows-1252 superset;
 * format=flowed undone), attachments, and whether it is automatic mail. Throws on mail too broken to read.
 */
public final class EmailParser {

    private static final Session SESSION = Session.getInstance(new Properties());

    private EmailParser() {
    }

    public static ParsedEmail parse(byte[] raw, String ownAddress) throws MessagingException, IOException {
        var mail = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
        var from = mail.getFrom();
        if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress sender)
                || sender.getAddress() == null || !sender.getAddress().contains("@")) {
            throw new MessagingException("The mail has no usable From address");
        }
        var address = sender.getAddress().strip().toLowerCase(Locale.ROOT);
        var body = new Body();
        body.collect(mail);
        var text = body.plain != null && !body.plain.isBlank() ? body.plain
                : body.html != null ? MailText.fromHtml(body.html) : "";
        var sent = mail.getSentDate();
        return new ParsedEmail(messageIdOf(mail, raw), address, sender.getPersonal(), mail.getSubject(),
                sent == null ? null : sent.toInstant(), header(mail, "In-Reply-To"), referencesOf(mail),
                MailText.newText(text), List.copyOf(body.attachments), LoopGuard.reasonOf(mail, address, ownAddress));
    }

    private static String messageIdOf(MimeMessage mail, byte[] raw) throws MessagingException {
        var id = mail.getMessageID();
        return id != null && !id.isBlank() ? id.strip() : "<sha256-" + sha256(raw) + "@no-message-id>";
    }

    private static List<String> referencesOf(MimeMessage mail) throws MessagingException {
        var references = header(mail, "References");
        return references == null ? List.of() : List.of(references.strip().split("\\s+"));
    }

    private static String header(MimeMessage mail, String name) throws MessagingException {
        var value = mail.getHeader(name, " ");
        return value == null || value.isBlank() ? null : MimeUtility.unfold(value).strip();
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The MIME walk: first text/plain and first text/html outside attachments, and the attachments. */
    private static final class Body {

        private String plain;
        private String html;
        private final List<ParsedEmail.Attachment> attachments = new ArrayList<>();

        void collect(Part part) throws MessagingException, IOException {
            if (part.isMimeType("multipart/*")) {
                var multipart = (Multipart) part.getContent();
                for (var i = 0; i < multipart.getCount(); i++) {
                    collect(multipart.getBodyPart(i));
                }
            } else if (isAttachment(part)) {
                attachments.add(attachmentOf(part));
            } else if (part.isMimeType("text/plain") && plain == null) {
                plain = textOf(part);
            } else if (part.isMimeType("text/html") && html == null) {
                html = textOf(part);
            }
        }

        private static boolean isAttachment(Part part) throws MessagingException {
            if (part.isMimeType("text/plain") || part.isMimeType("text/html")) {
                return Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null;
            }
            // Inline images of an HTML body (multipart/related, referenced by Content-ID) are not guest files.
            return !(part.isMimeType("image/*") && part.getHeader("Content-ID") != null && part.getFileName() == null);
        }

        private static ParsedEmail.Attachment attachmentOf(Part part) throws MessagingException, IOException {
            var data = part.getInputStream().readAllBytes();
            var name = part.getFileName() == null ? "attachment" : MimeUtility.decodeText(part.getFileName());
            var type = mimeTypeOf(part, name);
            return new ParsedEmail.Attachment(name, type, data.length, type.startsWith("audio/") ? data : null);
        }

        private static String mimeTypeOf(Part part, String name) throws MessagingException {
            var type = new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
            if (!type.equals("application/octet-stream")) {
                return type;
            }
            var lower = name.toLowerCase(Locale.ROOT);
            return lower.endsWith(".ogg") || lower.endsWith(".opus") ? "audio/ogg"
                    : lower.endsWith(".m4a") ? "audio/mp4" : lower.endsWith(".mp3") ? "audio/mpeg"
                    : lower.endsWith(".wav") ? "audio/wav" : lower.endsWith(".amr") ? "audio/amr" : type;
        }

        private static String textOf(Part part) throws MessagingException, IOException {
            var type = new ContentType(part.getContentType());
            var text = decode(part.getInputStream().readAllBytes(), type.getParameter("charset"));
            return "flowed".equalsIgnoreCase(type.getParameter("format"))
                    ? unflow(text, "yes".equalsIgnoreCase(type.getParameter("delsp"))) : text;
        }
    }

    /** Decodes as labelled; latin-1 and ASCII as windows-1252 (what senders really mean); no label: UTF-8 or 1252. */
    static String decode(byte[] bytes, String label) {
        var windows1252 = Charset.forName("windows-1252");
        if (label == null || label.isBlank()) {
            return strictUtf8(bytes) != null ? strictUtf8(bytes) : new String(bytes, windows1252);
        }
        var name = MimeUtility.javaCharset(label.strip()).toLowerCase(Locale.ROOT);
        if (name.matches("iso-?8859-?1|iso8859_1|latin-?1|us-ascii|ascii|ansi_x3.4-1968")) {
            return new String(bytes, windows1252);
        }
        try {
            return new String(bytes, Charset.forName(name));
        } catch (IllegalArgumentException unknownCharset) {
            return strictUtf8(bytes) != null ? strictUtf8(bytes) : new String(bytes, windows1252);
        }
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }

    /** RFC 3676: a line ending in a space continues on the next one (quoted lines and "-- " excepted). */
    static String unflow(String text, boolean deleteSpace) {
        var out = new StringBuilder();
        var lines = text.replace("\r\n", "\n").split("\n", -1);
        for (var i = 0; i < lines.length; i++) {
            var unstuffed = lines[i].startsWith(" ") ? lines[i].substring(1) : lines[i];
            if (unstuffed.endsWith(" ") && !unstuffed.equals("-- ")) {
                out.append(deleteSpace ? unstuffed.substring(0, unstuffed.length() - 1) : unstuffed);
            } else {
                out.append(unstuffed).append(i < lines.length - 1 ? "\n" : "");
            }
        }
        return out.toString();
    }
}
