package org.hotelagent.gateway.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.hotelagent.contracts.GuestRef;

class GuestLocalesTest {

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "16505551234, -, en-US",
            "447700900123, -, en-GB",
            "34600111222, -, es-ES",
            "5215512345678, -, es-MX",
            "5511999990000, -, pt-BR",
            "351912345678, -, pt-PT",
            "593991234567, -, es-EC",
            "-, PE.104729385610274, es-PE",
            "-, BR.1234567, pt-BR",
            "4915112345678, -, -",
            "-, user.abc123, -",
            "-, FR.1234567, -"})
    void readsTheLocaleFromTheNumberOrTheUserIdCountry(String phone, String userId, String locale) {
        assertThat(GuestLocales.of(new GuestRef(phone, userId, null)).orElse(null)).isEqualTo(locale);
    }
}
