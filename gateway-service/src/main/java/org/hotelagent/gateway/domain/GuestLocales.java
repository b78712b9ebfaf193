package org.hotelagent.gateway.domain;

import java.util.Map;
import java.util.Optional;

import org.hotelagent.contracts.GuestRef;

/**
 * Guesses a WhatsApp guest's locale from the country of their number (the calling code) or, when only a BSUID is
 * known, from its country prefix ({@code PE.104729385610274}). Only countries whose language the agent speaks are
 * mapped; it decides how numeric dates are read (12/24 in the US, 24/12 elsewhere).
 */
final class GuestLocales {

    private static final Map<String, String> BY_CALLING_CODE = Map.ofEntries(
            Map.entry("1", "en-US"), Map.entry("44", "en-GB"), Map.entry("353", "en-IE"), Map.entry("61", "en-AU"),
            Map.entry("64", "en-NZ"), Map.entry("27", "en-ZA"), Map.entry("34", "es-ES"), Map.entry("52", "es-MX"),
            Map.entry("54", "es-AR"), Map.entry("56", "es-CL"), Map.entry("57", "es-CO"), Map.entry("51", "es-PE"),
            Map.entry("58", "es-VE"), Map.entry("593", "es-EC"), Map.entry("598", "es-UY"),
            Map.entry("595", "es-PY"), Map.entry("591", "es-BO"), Map.entry("506", "es-CR"),
            Map.entry("507", "es-PA"), Map.entry("502", "es-GT"), Map.entry("503", "es-SV"),
            Map.entry("504", "es-HN"), Map.entry("505", "es-NI"), Map.entry("53", "es-CU"),
            Map.entry("55", "pt-BR"), Map.entry("351", "pt-PT"), Map.entry("244", "pt-AO"),
            Map.entry("258", "pt-MZ"), Map.entry("238", "pt-CV"));
    private static final Map<String, String> BY_REGION = Map.ofEntries(
            Map.entry("US", "en-US"), Map.entry("CA", "en-CA"), Map.entry("GB", "en-GB"), Map.entry("IE", "en-IE"),
            Map.entry("AU", "en-AU"), Map.entry("ES", "es-ES"), Map.entry("MX", "es-MX"), Map.entry("AR", "es-AR"),
            Map.entry("CL", "es-CL"), Map.entry("CO", "es-CO"), Map.entry("PE", "es-PE"), Map.entry("UY", "es-UY"),
            Map.entry("BR", "pt-BR"), Map.entry("PT", "pt-PT"), Map.entry("AO", "pt-AO"), Map.entry("MZ", "pt-MZ"));

    private GuestLocales() {
    }

    static Optional<String> of(GuestRef guest) {
        var phone = guest.address();
        if (phone != null && phone.matches("\\d{6,15}")) {
            // Calling codes are prefix-free: the longest (at most 3 digits) that is known wins.
            for (var length = 3; length >= 1; length--) {
                var locale = BY_CALLING_CODE.get(phone.substring(0, length));
                if (locale != null) {
                    return Optional.of(locale);
                }
            }
        }
        var userId = guest.userId();
        if (userId != null && userId.length() > 3 && userId.charAt(2) == '.') {
            return Optional.ofNullable(BY_REGION.get(userId.substring(0, 2)));
        }
        return Optional.empty();
    }
}
