package org.hotelagent.orchestrator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.hotelagent.contracts.Channel;
import org.hotelagent.contracts.GuestRef;
import org.hotelagent.contracts.message.MessageBody;
import org.hotelagent.contracts.nlp.Intent;
import org.hotelagent.contracts.nlp.IntentScore;
import org.hotelagent.contracts.nlp.MessageInterpreted;
import org.hotelagent.contracts.nlp.Sentiment;

class ConversationLanguageTest {

    private static final ConversationLanguage SPANISH = new ConversationLanguage("es", "es-ES");

    @ParameterizedTest(name = "{0} ({1} at {2})")
    @CsvSource({
            "ok, en, 0.0",
            "2, es, 0.0",
            "sí, es, 0.0",
            "si, pt, 0.0",
            "Ana García López, es, 0.49",
            "ana.garcia@example.com, pt, 0.33",
            "somos 2 adultos, pt, 0.35",
            "Muito obrigada!, pt, 0.42",
            "Sounds good to me, en, 0.42"})
    void keepsTheConversationsLanguageWhenNlpIsNotSure(String text, String detected, double confidence) {
        var after = ConversationLanguage.after(SPANISH, message(text, detected, confidence, null));

        assertThat(after).isEqualTo(SPANISH);
    }

    @Test
    void switchesOnAConfidentSentenceInAnotherLanguage() {
        var after = ConversationLanguage.after(SPANISH,
                message("Can you answer in English please?", "en", 0.53, "es-ES"));

        assertThat(after).isEqualTo(new ConversationLanguage("en", "es-ES"));
    }

    @ParameterizedTest(name = "{1} → {4}: {0}")
    @CsvSource({
            "'¿Me puedes contestar en inglés, por favor?', es, es, 0.5, en",
            "in English please, es, en, 0.31, en",
            "Pode falar em espanhol?, en, pt, 0.51, es",
            "em português, es, pt, 0.0, pt"})
    void switchesWhenTheGuestAsksForALanguageWhateverTheyWroteIn(String text, String before, String detected,
                                                                 double confidence, String asked) {
        var after = ConversationLanguage.after(new ConversationLanguage(before, null),
                message(text, detected, confidence, null));

        assertThat(after.language()).isEqualTo(asked);
    }

    @Test
    void aLanguageNamedInAQuestionIsNoRequest() {
        var after = ConversationLanguage.after(SPANISH,
                message("¿Tenéis la carta del restaurante en inglés para mis amigos?", "es", 0.61, null));

        assertThat(after.language()).isEqualTo("es");
    }

    @Test
    void aNewConversationTakesTheLanguageNlpRead() {
        var after = ConversationLanguage.after(null, message("ok", "en", 0.0, "en-US"));

        assertThat(after).isEqualTo(new ConversationLanguage("en", "en-US"));
    }

    @Test
    void portugueseCarriesTheGuestsRegionAlsoWhenALaterMessageHasNoLocale() {
        var first = ConversationLanguage.after(null, message("Bom dia, têm quartos livres?", "pt", 0.56, "pt-PT"));
        var second = ConversationLanguage.after(first, message("sim", "es", 0.0, null));
        var english = ConversationLanguage.after(second, message("Do you have a double room for tonight?", "en", 0.55,
                null));
        var back = ConversationLanguage.after(english, message("Afinal prefiro que me respondam em português", "pt",
                0.2, null));

        assertThat(first).isEqualTo(new ConversationLanguage("pt-PT", "pt-PT"));
        assertThat(second).isEqualTo(first);
        assertThat(english).isEqualTo(new ConversationLanguage("en", "pt-PT"));
        assertThat(back).isEqualTo(first);
    }

    @Test
    void otherLanguagesStayBareWhateverTheRegion() {
        var mexico = ConversationLanguage.after(null, message("Hola, ¿tienen habitación?", "es", 0.58, "es-MX"));
        var brazilianInSpanish = ConversationLanguage.after(null, message("Hola, ¿tienen habitación?", "es", 0.58,
                "pt-BR"));

        assertThat(mexico.language()).isEqualTo("es");
        assertThat(brazilianInSpanish.language()).isEqualTo("es");
    }

    @Test
    void theMessageIsReadInTheConversationsLanguageAndLocale() {
        var message = message("ok", "en", 0.0, null);

        var read = new ConversationLanguage("pt-PT", "pt-PT").applyTo(message);

        assertThat(read.language()).isEqualTo("pt-PT");
        assertThat(read.locale()).isEqualTo("pt-PT");
        assertThat(read).usingRecursiveComparison().ignoringFields("language", "locale").isEqualTo(message);
    }

    private static MessageInterpreted message(String text, String language, double confidence, String locale) {
        return new MessageInterpreted(UUID.randomUUID(), Instant.now(), "whatsapp:demo-hotel:34600111222",
                "demo-hotel", "c", UUID.randomUUID(), Channel.WHATSAPP, "wamid.1",
                new GuestRef("34600111222", null, "Ana"), text, null, language, confidence,
                new IntentScore(Intent.provide_info, 0.9), null, List.of(), Sentiment.NEUTRAL,
                new MessageBody.Text(text, null), locale);
    }
}
