package org.hotelagent.nlp.benchmark;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.hotelagent.nlp.config.DefaultNlpConfig;
import org.hotelagent.nlp.config.NlpConfig;
import org.hotelagent.nlp.domain.LanguageDetector;
import org.hotelagent.nlp.domain.PlainPipeline;
import org.hotelagent.nlp.domain.Understanding;

/**
 * The benchmarks' pipeline and text mix. The pipeline is the production one built in plain Java, without Quarkus, by
 * the test fixture {@link PlainPipeline} (as {@code Evaluation} builds it), which reaches the domain's package-private
 * constructors from the domain's package.
 */
final class Pipeline {

    static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 11, 25);

    /** The production defaults of {@code NlpConfig} (application.properties and its own defaults). */
    static final NlpConfig CONFIG = new DefaultNlpConfig(Optional.of(REFERENCE_DATE));

    /** A guest's text with what the API would pass along it: the conversation's language and the locale, if known. */
    record GuestText(String text, String languageHint, Locale locale) {
    }

    /**
     * A realistic mix: short WhatsApp messages in es, en, pt-BR and pt-PT (WhatsApp spelling, emojis, dates, phone
     * numbers, a booking reference), a complaint, and one long e-mail (~1 400 characters), roughly one in ten texts.
     */
    static final List<GuestText> TEXTS = List.of(
            new GuestText("hola! tienen habitación doble del 3 al 5 de diciembre? somos 2 adultos y un niño", "es",
                    null),
            new GuestText("siii perfecto, gracias 👍", "es", null),
            new GuestText("quiero cancelar mi reserva HR-2026-00123, no podemos ir 😞", "es",
                    Locale.forLanguageTag("es-ES")),
            new GuestText("Hi, do you have a twin room for next Friday, 2 nights? My number is +44 7700 900123", "en",
                    Locale.forLanguageTag("en-GB")),
            new GuestText("the shower is broken and nobody answers at reception, this is unacceptable 😡", "en", null),
            new GuestText("what time is check out?", "en", null),
            new GuestText("tem quarto de casal de 3 a 5/12? somos um casal", "pt", Locale.forLanguageTag("pt-BR")),
            new GuestText("Boa tarde, queria mudar a reserva XKBKNABJK para sexta que vem, por favor", "pt",
                    Locale.forLanguageTag("pt-PT")),
            new GuestText("obrigado! até logo 👋", "pt", null),
            new GuestText("""
                    Dear Sir or Madam,

                    My name is Margaret Thompson and I am writing on behalf of my family regarding a possible stay at \
                    your hotel over the Christmas holidays. We would like to arrive on the 22nd of December and leave \
                    on the 27th, which I believe makes five nights. We are a family of four: my husband and I, and \
                    our two children, who are 8 and 11 years old. Ideally we would like a family room, or failing \
                    that two connecting double rooms, preferably on a quiet floor away from the lift.

                    Could you please let me know the total price for the stay including breakfast, and whether \
                    there is a supplement for the Christmas Eve dinner? Our budget is around 1200 EUR for the whole \
                    stay. We would also appreciate information about parking, since we will be travelling by car \
                    from Lyon, and about the cancellation policy in case one of the children falls ill.

                    We stayed with you two years ago (I think the booking reference was HR-2024-00871) and had a \
                    wonderful time, so we are really looking forward to coming back. You can reach me at \
                    margaret.thompson@example.com or on +33 6 12 34 56 78 if anything is unclear.

                    Thank you very much in advance for your help.

                    Kind regards,
                    Margaret Thompson
                    """, null, Locale.forLanguageTag("en-GB")));

    private Pipeline() {
    }

    static Understanding understanding() {
        return PlainPipeline.understanding(CONFIG);
    }

    /** Loads OpenNLP's language-detection model from the classpath, as at start-up. */
    static LanguageDetector languageDetector() {
        return PlainPipeline.languageDetector(CONFIG);
    }
}
