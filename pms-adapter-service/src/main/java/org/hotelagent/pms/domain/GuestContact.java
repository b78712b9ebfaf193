package org.hotelagent.pms.domain;

/**
 * How to reach the guest who booked.
 *
 * @param channelAddress where the conversation happens, e.g. {@code whatsapp:+34600111222}
 * @param language       the guest's language code (es, en, pt), may be null
 */
public record GuestContact(String name, String email, String phone, String channelAddress, String language) {
}
