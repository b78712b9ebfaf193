package org.hotelagent.pms.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.hotelagent.pms.domain.GuestContact;

/** The guest's contact data, in requests and responses. */
@Schema(description = "How to reach the guest")
public record GuestContactView(
        @Schema(description = "Full name", example = "Ana García") String name,
        @Schema(description = "Email address", nullable = true) String email,
        @Schema(description = "Phone number, E.164", nullable = true, example = "+34600111222") String phone,
        @Schema(description = "The channel address the guest talks to us on", nullable = true,
                example = "whatsapp:+34600111222") String channelAddress,
        @Schema(description = "Language code (es, en, pt)", nullable = true, example = "es") String language) {

    static GuestContactView from(GuestContact guest) {
        return new GuestContactView(guest.name(), guest.email(), guest.phone(), guest.channelAddress(),
                guest.language());
    }

    GuestContact toGuest() {
        return new GuestContact(name.strip(), email, phone, channelAddress, language);
    }

    boolean named() {
        return name != null && !name.isBlank();
    }
}
