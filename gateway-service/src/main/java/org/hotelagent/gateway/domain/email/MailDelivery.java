package org.hotelagent.gateway.domain.email;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import io.smallrye.mutiny.Uni;

import org.hotelagent.contracts.dialogue.ReplyComposed;
import org.hotelagent.gateway.client.SmtpClient;
import org.hotelagent.gateway.client.SmtpFailure;
import org.hotelagent.gateway.client.gmail.GmailClient;
import org.hotelagent.gateway.client.gmail.GmailFailure;
import org.hotelagent.gateway.config.GatewayConfig;
import org.hotelagent.gateway.persistence.EmailThreadRepository;

/**
 * Sends the mail of a reply ({@link EmailReplies}: In-Reply-To, References, our loop-guard header) through the
 * hotel's transport: SMTP, or the Gmail API with the {@code threadId} of the guest's Gmail thread, so the reply also
 * sits in that thread in the hotel's mailbox.
 */
@ApplicationScoped
class MailDelivery {

    // Only builds messages for the Gmail API: no server settings needed.
    private static final Session PLAIN = Session.getInstance(new Properties());

    private final SmtpClient smtp;
    private final GmailClient gmail;
    private final EmailThreadRepository threads;

    MailDelivery(SmtpClient smtp, GmailClient gmail, EmailThreadRepository threads) {
        this.smtp = smtp;
        this.gmail = gmail;
        this.threads = threads;
    }

    /** Completes once the transport accepted the mail; fails with a permanent or a transient failure otherwise. */
    Uni<Void> send(ReplyComposed reply, GatewayConfig.Email.Mailbox mailbox, EmailThreadRepository.Thread thread) {
        try {
            if (mailbox.gmail().isEmpty()) {
                return smtp.send(mailbox, EmailReplies.compose(smtp.sessionFor(mailbox), reply, mailbox, thread));
            }
            var raw = bytesOf(EmailReplies.compose(PLAIN, reply, mailbox, thread));
            var parent = reply.replyToChannelMessageId();
            var gmailThread = parent == null ? Uni.createFrom().<String>nullItem()
                    : threads.findGmailThread(reply.hotelId(), parent);
            return gmailThread.chain(threadId -> gmail.send(reply.hotelId(), mailbox.gmail().get(), raw, threadId))
                    .replaceWithVoid();
        } catch (MessagingException | IOException unbuildable) {
            return Uni.createFrom().failure(new SmtpFailure(unbuildable.getMessage(), unbuildable, true));
        }
    }

    /** True when sending again cannot help: the reply is then reported refused instead of retried. */
    static boolean isPermanent(Throwable failure) {
        return failure instanceof SmtpFailure smtpFailure && smtpFailure.permanent()
                || failure instanceof GmailFailure gmailFailure && gmailFailure.permanent();
    }

    private static byte[] bytesOf(MimeMessage message) throws MessagingException, IOException {
        var out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }
}
