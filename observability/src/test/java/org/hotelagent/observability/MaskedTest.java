package org.hotelagent.observability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskedTest {

    @Test
    void keepsOnlyTheLastFourCharactersOfAHandle() {
        assertThat(Masked.handle("34600111222")).isEqualTo("***1222");
        assertThat(Masked.handle("12345678")).isEqualTo("***");
        assertThat(Masked.handle(null)).isNull();
    }

    @Test
    void keepsTheFirstLetterAndTheDomainOfAnEmailAddress() {
        assertThat(Masked.email("ana.lopez@example.com")).isEqualTo("a***@example.com");
        assertThat(Masked.guest("ana.lopez@example.com")).isEqualTo("a***@example.com");
        assertThat(Masked.guest("34600111222")).isEqualTo("***1222");
    }

    @Test
    void masksTheGuestPartOfAConversationId() {
        assertThat(Masked.conversationId("whatsapp:hotel-7:34600111222")).isEqualTo("whatsapp:hotel-7:***1222");
        assertThat(Masked.conversationId("email:hotel-7:ana@example.com")).isEqualTo("email:hotel-7:a***@example.com");
        assertThat(Masked.conversationId("webchat:hotel-7:3f0c8a52-8a1e-4d6b-9c1e-0d4f5a6b7c8d"))
                .isEqualTo("webchat:hotel-7:***7c8d");
    }

    @Test
    void masksPhoneNumbersAndEmailAddressesInFreeText() {
        var text = "Guest +34 600 111 222 (wa_id 34600111222, BSUID US.13491208655302741918) wrote from "
                + "ana.lopez@example.com, conversation whatsapp:hotel-7:34600111222.";

        assertThat(Masked.inText(text)).isEqualTo("Guest ***1222 (wa_id ***1222, BSUID US.***1918) wrote from "
                + "a***@example.com, conversation whatsapp:hotel-7:***1222.");
    }

    @Test
    void leavesIdsDatesAndSmallNumbersReadable() {
        var text = "Reply 3f0c8a52-8a1e-4d6b-9c1e-426614174000 of 2026-11-26 at 10:00:00 took 1234 ms on "
                + "127.0.0.1:9092, wamid.HBgLMzQ2MDAxMTEyMjIVAgASGBQzQTEyMzQ1Njc4OTAxMjM0NTY3OAA=";

        assertThat(Masked.inText(text)).isEqualTo(text);
    }

    @Test
    void masksAnAlreadyMaskedTextNoFurther() {
        var masked = Masked.inText("ana@example.com and 34600111222");

        assertThat(Masked.inText(masked)).isEqualTo(masked);
    }
}
