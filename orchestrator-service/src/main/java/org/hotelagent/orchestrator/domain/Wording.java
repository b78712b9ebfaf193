package org.hotelagent.orchestrator.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import org.hotelagent.contracts.dialogue.ReplyButton;

/** The reply bundle of one language plus how that language writes dates, amounts and parties. */
public record Wording(String language, Replies replies) {

    private static final List<String> LANGUAGES = List.of("es", "en", "pt");
    /**
     * Where Portuguese is written the European way (pequeno-almoço, telemóvel, "estou a consultar"): Portugal, and
     * the African countries that follow its norm. Brazil, and a Portuguese guest of unknown country, get Brazilian
     * wording, that of most Portuguese speakers.
     */
    private static final Set<String> EUROPEAN_PORTUGUESE = Set.of("PT", "AO", "MZ", "CV", "GW", "ST", "TL");

    /** Button ids a tap sends back (MessageBody.Choice); a room's row id is {@code room:<roomTypeId>}. */
    public static final String YES = "yes";
    public static final String NO = "no";
    public static final String ROOM = "room:";

    /** The guest's language when we speak it (pt-BR and pt-PT are pt), else English. */
    public static String languageOf(String guestLanguage) {
        var primary = guestLanguage == null ? "" : guestLanguage.toLowerCase(Locale.ROOT).split("[-_]")[0];
        return LANGUAGES.contains(primary) ? primary : "en";
    }

    /** The wording for a language tag: Brazilian for pt and pt-BR, European for the regions that write that way. */
    public static Wording in(String guestLanguage) {
        var language = languageOf(guestLanguage);
        var bundle = "pt".equals(language) && EUROPEAN_PORTUGUESE.contains(regionOf(guestLanguage)) ? "pt-PT"
                : language;
        return new Wording(language, MessageBundles.get(Replies.class, Localized.Literal.of(bundle)));
    }

    private static String regionOf(String languageTag) {
        return Locale.forLanguageTag(languageTag.replace('_', '-')).getCountry();
    }

    public String date(LocalDate date) {
        var pattern = "en".equals(language) ? "MMMM d" : "d 'de' MMMM";
        return date.format(DateTimeFormatter.ofPattern(pattern, Locale.forLanguageTag(language)));
    }

    public String stay(LocalDate checkIn, LocalDate checkOut) {
        return replies.stay(date(checkIn), date(checkOut));
    }

    public String party(int adults, int children) {
        return replies.party(adults, children);
    }

    /** es/pt write 180,00 €; en writes €180.00; other currencies follow the amount by their code. */
    public String money(BigDecimal amount, String currency) {
        var plain = amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
        if ("en".equals(language)) {
            return "EUR".equals(currency) ? "€" + plain : plain + " " + currency;
        }
        return plain.replace('.', ',') + " " + ("EUR".equals(currency) ? "€" : currency);
    }

    public List<ReplyButton> yesNo() {
        return List.of(new ReplyButton(YES, replies.yes()), new ReplyButton(NO, replies.no()));
    }
}
