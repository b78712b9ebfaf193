package org.hotelagent.gateway.client;

import java.time.Duration;
import java.util.Properties;

import jakarta.mail.Session;

import org.hotelagent.gateway.config.GatewayConfig;

/** Jakarta Mail sessions for a mailbox's IMAP or SMTP server, with bounded socket timeouts. */
final class MailSessions {

    private MailSessions() {
    }

    static String protocol(GatewayConfig.Email.Server server, String plain) {
        return server.tls() ? plain + "s" : plain;
    }

    static Session of(GatewayConfig.Email.Server server, String plain, GatewayConfig.Email email) {
        return of(server, plain, email, email.timeout());
    }

    /** {@code readTimeout} bounds every read, an IDLE's wait for news included. */
    static Session of(GatewayConfig.Email.Server server, String plain, GatewayConfig.Email email,
                      Duration readTimeout) {
        var protocol = protocol(server, plain);
        var prefix = "mail." + protocol + ".";
        var timeout = String.valueOf(email.timeout().toMillis());
        var properties = new Properties();
        properties.put("mail.transport.protocol", protocol);
        properties.put("mail.store.protocol", protocol);
        properties.put(prefix + "host", server.host());
        properties.put(prefix + "port", String.valueOf(server.port()));
        properties.put(prefix + "connectiontimeout", timeout);
        properties.put(prefix + "timeout", String.valueOf(readTimeout.toMillis()));
        properties.put(prefix + "writetimeout", timeout);
        properties.put(prefix + "auth", String.valueOf(server.password().isPresent()));
        properties.put(prefix + "starttls.enable", String.valueOf(server.starttls()));
        properties.put(prefix + "starttls.required", String.valueOf(server.starttls()));
        // Reading a body must not mark the mail seen: that happens only once its event is in Kafka.
        properties.put(prefix + "peek", "true");
        return Session.getInstance(properties);
    }
}
