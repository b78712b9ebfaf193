package org.hotelagent.orchestrator.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.hotelagent.contracts.nlp.MessageInterpreted;

/**
 * The language a conversation is answered in (es, en, pt; as a reply's tag, pt with the guest's region: pt-PT,
 * pt-BR) and the guest's locale, carried from message to message. A message nlp is not sure of ("ok", "2", "sí", a
 * name, an email address) keeps the conversation's language; a confident sentence in another language, or a
 * request for one ("in English, please", "¿me contestas en inglés?"), switches it.
 */
public record ConversationLanguage(String language, String locale) {

    /**
     * nlp's confidence is the language's share among es, en and pt: 0 when the text was too short to tell (it
     * assumed the locale's language), below 0.5 when its model was guessing (nlp's own mark). Its shares are flat: on
     * nlp's evaluation sets (670 texts of 12 letters or more) no wrong pick reached 0.45 (names, emails, terse
     * Spanish read as Portuguese: up to 0.44, "Ana García López" 0.49 right), while right picks reach 0.5 for 41 % of
     * 20-34-letter texts, 74 % of 35-59 and 97 % of longer ones ("Can you answer in English please?" 0.53). A wrong
     * switch answers the guest in a language they did not write; a missed one costs a reply in the language they
     * wrote before, until a longer sentence: so only what nlp calls sure switches.
     */
    static final double SWITCH_AT = 0.5;
    private static final Pattern REQUEST = Pattern.compile("(?<!\\p{L})(?:in|en|em)\\s+(english|ingles|spanish"
            + "|espanol|espanhol|castellano|portuguese|portugues)(?!\\p{L})");
    /**
     * A language named in a longer message asks for replies only next to a verb of answering, writing or speaking:
     * "¿tenéis la carta en inglés?" asks about a menu.
     */
    private static final Pattern ANSWERING = Pattern.compile("(?<!\\p{L})(answer|repl|respond|writ|speak|talk"
            + "|continu|contest|escrib|habla|fala|escrev)");
    private static final int SHORT_REQUEST_WORDS = 5;
    private static final Map<String, String> REQUESTED = Map.of("english", "en", "ingles", "en", "spanish", "es",
            "espanol", "es", "espanhol", "es", "castellano", "es", "portuguese", "pt", "portugues", "pt");

    /** The conversation's language after {@code message}; {@code established} is null for a new conversation. */
    public static ConversationLanguage after(ConversationLanguage established, MessageInterpreted message) {
        var locale = message.locale() != null ? message.locale() : established == null ? null : established.locale();
        var detected = Wording.languageOf(message.language());
        var language = requested(message.text()).orElse(established == null
                || message.languageConfidence() >= SWITCH_AT ? detected : Wording.languageOf(established.language()));
        return new ConversationLanguage(tag(language, locale, message.language()), locale);
    }

    /** {@code message} as the dialogue reads it: in this language, so every reply to it and its turn use it. */
    public MessageInterpreted applyTo(MessageInterpreted message) {
        return new MessageInterpreted(message.eventId(), message.occurredAt(), message.conversationId(),
                message.hotelId(), message.correlationId(), message.sourceEventId(), message.channel(),
                message.channelMessageId(), message.guest(), message.text(), message.transcription(), language,
                message.languageConfidence(), message.intent(), message.runnerUp(), message.entities(),
                message.sentiment(), message.body(), locale);
    }

    private static Optional<String> requested(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var words = KnowledgeTopic.normalized(text);
        var request = REQUEST.matcher(words);
        var asked = request.find() && (words.strip().split("\\s+").length <= SHORT_REQUEST_WORDS
                || ANSWERING.matcher(words).find());
        return asked ? Optional.of(REQUESTED.get(request.group(1))) : Optional.empty();
    }

    /**
     * Portuguese carries the guest's region, which decides its wording: the locale's, else the one the message's
     * language tag had; the other languages are written alike in every region we serve and stay bare.
     */
    private static String tag(String language, String locale, String detected) {
        if (!"pt".equals(language)) {
            return language;
        }
        if (locale != null && Wording.languageOf(locale).equals(language)) {
            return Locale.forLanguageTag(locale.replace('_', '-')).toLanguageTag();
        }
        return detected != null && Wording.languageOf(detected).equals(language) ? detected : language;
    }
}
