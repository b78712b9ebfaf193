package org.hotelagent.gateway.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;

import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;

import org.hotelagent.gateway.config.GatewayConfig;

/**
 * Reads a hotel's INBOX over IMAP: unseen mail, raw and unmarked, and marks a mail seen when told to; waits for new
 * mail with IDLE. Blocking.
 */
@ApplicationScoped
public class ImapClient {

    private final GatewayConfig config;

    ImapClient(GatewayConfig config) {
        this.config = config;
    }

    /** Connects and opens the INBOX read-write; the caller closes it. */
    public Inbox open(GatewayConfig.Email.Mailbox mailbox) throws MessagingException {
        return open(mailbox, config.email().timeout());
    }

    /** As {@link #open(GatewayConfig.Email.Mailbox)}, for IDLE: reads wait up to {@code gateway.email.idle-renew}. */
    public Inbox openForIdle(GatewayConfig.Email.Mailbox mailbox) throws MessagingException {
        return open(mailbox, config.email().idleRenew());
    }

    private Inbox open(GatewayConfig.Email.Mailbox mailbox, Duration readTimeout) throws MessagingException {
        var server = mailbox.imap().orElseThrow();
        var store = MailSessions.of(server, "imap", config.email(), readTimeout)
                .getStore(MailSessions.protocol(server, "imap"));
        store.connect(server.host(), server.port(), server.user().orElse(mailbox.address()),
                server.password().orElse(""));
        try {
            var folder = store.getFolder("INBOX");
            folder.open(Folder.READ_WRITE);
            return new Inbox(store, folder);
        } catch (MessagingException | RuntimeException failure) {
            store.close();
            throw failure;
        }
    }

    /** An open INBOX. */
    public static final class Inbox implements AutoCloseable {

        private final Store store;
        private final Folder folder;

        private Inbox(Store store, Folder folder) {
            this.store = store;
            this.folder = folder;
        }

        /** The oldest {@code max} mails not marked seen, in arrival order. */
        public List<Message> unseen(int max) throws MessagingException {
            var found = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
            return Arrays.asList(found).subList(0, Math.min(max, found.length));
        }

        /** The mail as the server stores it (read with BODY.PEEK: it stays unseen). */
        public byte[] raw(Message message) throws MessagingException, IOException {
            var out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        }

        public void markSeen(Message message) throws MessagingException {
            message.setFlag(Flags.Flag.SEEN, true);
        }

        public boolean supportsIdle() throws MessagingException {
            return store instanceof IMAPStore imap && imap.hasCapability("IDLE");
        }

        /**
         * Blocks in IDLE until the server reports a change in the INBOX (new mail, flags) or the connection fails or
         * stays silent for the read timeout; closing the inbox from another thread ends it too.
         */
        public void awaitChange() throws MessagingException {
            ((IMAPFolder) folder).idle(true);
        }

        /** Closes from another thread, which also ends an IDLE in progress; failures are of no interest then. */
        public void closeQuietly() {
            try {
                close();
            } catch (MessagingException | RuntimeException alreadyBroken) {
                // Shutting down: the connection is gone either way.
            }
        }

        @Override
        public void close() throws MessagingException {
            try {
                if (folder.isOpen()) {
                    folder.close(false);
                }
            } finally {
                store.close();
            }
        }
    }
}
