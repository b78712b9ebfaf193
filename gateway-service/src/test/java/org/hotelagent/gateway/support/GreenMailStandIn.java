package org.hotelagent.gateway.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * GreenMail, a real IMAP and SMTP server in the test JVM, as the demo hotel's mailbox provider. Guests' mails are
 * delivered to the hotel's INBOX byte for byte from the {@code email/*.eml} fixtures; the gateway's replies land in
 * the guests' mailboxes on the same server.
 */
public class GreenMailStandIn implements QuarkusTestResourceLifecycleManager {

    public static final String HOTEL = "reservas@hotel-demo-mar.test";

    private static final String PASSWORD = "hotel-mailbox-secret";
    private static volatile GreenMail server;

    @Override
    public Map<String, String> start() {
        server = new GreenMail(new com.icegreen.greenmail.util.ServerSetup[] {
                ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort()});
        server.start();
        server.setUser(HOTEL, HOTEL, PASSWORD);
        var prefix = "gateway.email.mailboxes.demo-hotel.";
        return Map.ofEntries(Map.entry(prefix + "address", HOTEL),
                Map.entry(prefix + "display-name", "Hotel Demo Mar"),
                Map.entry(prefix + "imap.host", "127.0.0.1"),
                Map.entry(prefix + "imap.port", String.valueOf(server.getImap().getPort())),
                Map.entry(prefix + "imap.tls", "false"),
                Map.entry(prefix + "imap.password", PASSWORD),
                Map.entry(prefix + "smtp.host", "127.0.0.1"),
                Map.entry(prefix + "smtp.port", String.valueOf(server.getSmtp().getPort())),
                Map.entry(prefix + "smtp.tls", "false"));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** A guest address of its own, so no two tests share a conversation. */
    public static String guest() {
        return "guest-" + UUID.randomUUID() + "@example.com";
    }

    public static String messageId() {
        return "<" + UUID.randomUUID() + "@mail.example.com>";
    }

    /** A fixture with its {@code {{guest}}} and {@code {{id}}} placeholders filled in. */
    public static byte[] eml(String fixture, String guest, String messageId) {
        try (var in = GreenMailStandIn.class.getResourceAsStream("/email/" + fixture)) {
            var text = new String(Objects.requireNonNull(in, fixture).readAllBytes(), StandardCharsets.ISO_8859_1);
            return text.replace("{{guest}}", guest).replace("{{id}}", messageId).replace("\r\n", "\n")
                    .replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts a raw mail into the hotel's INBOX, as an MTA would. */
    public static void deliver(byte[] raw) {
        try {
            var mail = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
            server.getUserManager().getUser(HOTEL).deliver(mail);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True once the hotel's mail with this Message-ID is flagged \\Seen. */
    public static boolean isSeen(String messageId) {
        try {
            ImapHostManager manager = server.getManagers().getImapHostManager();
            var inbox = manager.getInbox(server.getUserManager().getUser(HOTEL));
            return inbox.getMessages().stream().filter(m -> messageId.equals(messageIdOf(m)))
                    .anyMatch(m -> m.isSet(Flags.Flag.SEEN));
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every mail the SMTP server received for {@code address}. */
    public static List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> isFor(m, address)).toList();
    }

    private static boolean isFor(MimeMessage mail, String address) {
        try {
            var recipients = mail.getAllRecipients();
            return recipients != null && Arrays.stream(recipients).map(Address::toString)
                    .anyMatch(r -> r.contains(address));
        } catch (MessagingException e) {
            return false;
        }
    }

    private static String messageIdOf(StoredMessage stored) {
        try {
            return stored.getMimeMessage().getMessageID();
        } catch (MessagingException e) {
            return null;
        }
    }
}
