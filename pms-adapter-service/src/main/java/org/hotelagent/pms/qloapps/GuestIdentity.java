package org.hotelagent.pms.qloapps;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import io.vertx.core.json.JsonObject;

import org.hotelagent.pms.domain.GuestContact;

/**
 * How our guest becomes a QloApps customer and back. QloApps requires an email, a first and a last name and a
 * phone; a guest who gave no email gets the placeholder {@code guest-<16 hex of SHA-256 of the channel address>
 * @<domain>} (stable, so one guest is one customer), and the real channel address is written into the booking's
 * remark as {@code Guest channel: <address>}, from where it is read back.
 */
record GuestIdentity(String placeholderDomain) {

    private static final String CHANNEL = "Guest channel: ";

    /** The customer_detail of a booking request. */
    JsonObject customer(GuestContact guest) {
        var names = guest.name().strip().split("\\s+", 2);
        return new JsonObject().put("firstname", names[0]).put("lastname", names.length > 1 ? names[1] : names[0])
                .put("email", email(guest)).put("phone", phone(guest));
    }

    String email(GuestContact guest) {
        if (guest.email() != null && !guest.email().isBlank()) {
            return guest.email().strip();
        }
        var seed = guest.channelAddress() != null ? guest.channelAddress() : guest.name() + "|" + guest.phone();
        return "guest-" + sha256(seed).substring(0, 16) + "@" + placeholderDomain;
    }

    /** The remark of a new booking: who booked, the guest's channel, and the idempotency key for staff. */
    String remark(GuestContact guest, String idempotencyKey) {
        return "Booked by the hotel agent"
                + (guest.channelAddress() == null ? "" : ". " + CHANNEL + guest.channelAddress())
                + ". Idempotency-Key: " + idempotencyKey;
    }

    /** The guest as QloApps holds it: the placeholder email reads as none, the channel comes from the remarks. */
    GuestContact guest(JsonObject customer, List<String> remarks) {
        var first = customer.getString("firstname", "");
        var last = customer.getString("lastname", "");
        var email = customer.getString("email");
        var channel = remarks.stream().filter(remark -> remark.contains(CHANNEL)).findFirst()
                .map(remark -> remark.substring(remark.indexOf(CHANNEL) + CHANNEL.length()).split("\\. ", 2)[0])
                .orElse(null);
        return new GuestContact(first.equals(last) ? first : (first + " " + last).strip(),
                email != null && email.endsWith("@" + placeholderDomain) ? null : email,
                blankToNull(customer.getString("phone")), channel, null);
    }

    /** QloApps requires a phone: the guest's, else the digits of a phone-shaped channel address, else zeros. */
    private static String phone(GuestContact guest) {
        if (guest.phone() != null && !guest.phone().isBlank()) {
            return guest.phone().replaceAll("[^+0-9]", "");
        }
        var address = guest.channelAddress() == null ? "" : guest.channelAddress().replaceAll("^[a-z]+:", "");
        return address.matches("\\+?[0-9 ()-]{6,}") ? address.replaceAll("[^+0-9]", "") : "0000000000";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() || value.matches("0+") ? null : value;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
