package org.hotelagent.e2e;

import java.util.Map;
import java.util.Properties;

import jakarta.mail.Session;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The demo hotel's mail provider: GreenMail, a real SMTP and IMAP server in the test JVM on free ports. The gateway
 * polls the hotel's INBOX over IMAP and answers over SMTP; guests send and read their mail on the same server.
 */
final class HotelMailbox implements AutoCloseable {

    static final String HOTEL = "reservas@hotel-demo-mar.test";

    private static final String PASSWORD = "e2e-mailbox-password";

    private final GreenMail server;

    private HotelMailbox(GreenMail server) {
        this.server = server;
    }

    static HotelMailbox start() {
        var server = new GreenMail(new ServerSetup[] {
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        server.start();
        server.setUser(HOTEL, HOTEL, PASSWORD);
        return new HotelMailbox(server);
    }

    /**
     * The gateway's mailbox for {@code demo-hotel}, as environment variables named exactly like the properties: the
     * hotel id has a dash, and SmallRye reads {@code GATEWAY_EMAIL_MAILBOXES__DEMO_HOTEL__ADDRESS} as hotel
     * {@code demo.hotel} (and the unquoted form not at all), so the dotted names are the only env form that works.
     */
    Map<String, String> gatewayEnvironment() {
        var prefix = "gateway.email.mailboxes.demo-hotel.";
        return Map.ofEntries(Map.entry(prefix + "address", HOTEL),
                Map.entry(prefix + "display-name", "Hotel Demo Mar"),
                Map.entry(prefix + "imap.host", "127.0.0.1"),
                Map.entry(prefix + "imap.port", Integer.toString(server.getImap().getPort())),
                Map.entry(prefix + "imap.tls", "false"),
                Map.entry(prefix + "imap.password", PASSWORD),
                Map.entry(prefix + "smtp.host", "127.0.0.1"),
                Map.entry(prefix + "smtp.port", Integer.toString(server.getSmtp().getPort())),
                Map.entry(prefix + "smtp.tls", "false"),
                Map.entry(prefix + "smtp.password", PASSWORD),
                // A guest waits one poll at most: short here, 30 s by default.
                Map.entry("EMAIL_POLL_EVERY", "1s"));
    }

    /** Opens a guest's account (login = address), whose INBOX receives the hotel's replies. */
    void addGuest(String address, String password) {
        server.setUser(address, address, password);
    }

    /** A session for guests' mail clients: SMTP submission and IMAP on this server, bounded socket timeouts. */
    Session guestSession() {
        var properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", Integer.toString(server.getSmtp().getPort()));
        properties.put("mail.imap.host", "127.0.0.1");
        properties.put("mail.imap.port", Integer.toString(server.getImap().getPort()));
        for (var protocol : new String[] {"smtp", "imap"}) {
            properties.put("mail." + protocol + ".connectiontimeout", "5000");
            properties.put("mail." + protocol + ".timeout", "5000");
        }
        return Session.getInstance(properties);
    }

    @Override
    public void close() {
        server.stop();
    }
}
