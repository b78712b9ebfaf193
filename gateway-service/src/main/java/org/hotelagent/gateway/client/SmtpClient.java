package org.hotelagent.gateway.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

import org.hotelagent.gateway.config.GatewayConfig;

/**
 * Sends mail through a hotel's SMTP server on a worker thread. Transient failures (connection, 4xx) are retried with
 * exponential backoff; a 5xx answer or a bad address fails at once with a permanent {@link SmtpFailure}.
 */
@ApplicationScoped
public class SmtpClient {

    private final GatewayConfig config;

    SmtpClient(GatewayConfig config) {
        this.config = config;
    }

    /** The session to build a mailbox's messages with (and send them through). */
    public Session sessionFor(GatewayConfig.Email.Mailbox mailbox) {
        return MailSessions.of(mailbox.smtp().orElseThrow(), "smtp", config.email());
    }

    /** Completes once the server accepted the message for every recipient. */
    public Uni<Void> send(GatewayConfig.Email.Mailbox mailbox, MimeMessage message) {
        var email = config.email();
        var host = mailbox.smtp().orElseThrow().host();
        return Uni.createFrom().<Void>item(() -> transmit(mailbox, message))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onFailure(failure -> failure instanceof SmtpFailure smtp && !smtp.permanent())
                .invoke(failure -> Log.warnf("SMTP send via %s failed, retrying: %s", host, failure.getMessage()))
                .onFailure(failure -> failure instanceof SmtpFailure smtp && !smtp.permanent())
                .retry().withBackOff(email.sendBackoff(), email.sendBackoff().multipliedBy(16))
                .atMost(Math.max(0, email.sendAttempts() - 1));
    }

    private static Void transmit(GatewayConfig.Email.Mailbox mailbox, MimeMessage message) {
        var server = mailbox.smtp().orElseThrow();
        try {
            if (server.password().isPresent()) {
                Transport.send(message, server.user().orElse(mailbox.address()), server.password().get());
            } else {
                Transport.send(message);
            }
            return null;
        } catch (MessagingException failure) {
            throw new SmtpFailure(failure.getMessage(), failure, isPermanent(failure));
        }
    }

    static boolean isPermanent(Exception failure) {
        for (Exception e = failure; e != null; e = e instanceof MessagingException m ? m.getNextException() : null) {
            if (e instanceof AddressException
                    || e instanceof SMTPSendFailedException sent && sent.getReturnCode() >= 500
                    || e instanceof SMTPAddressFailedException address && address.getReturnCode() >= 500) {
                return true;
            }
        }
        return false;
    }
}
