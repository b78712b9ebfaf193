package org.hotelagent.nlp.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns guest text into tokens that survive WhatsApp spelling: lower case, no accents, letters repeated three or more
 * times collapsed ("siii"), numbers and emails as placeholders, emojis as a few meaningful tokens.
 */
public final class TextNormalizer {

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern REPEATS = Pattern.compile("(\\p{L})\\1{2,}");

    private TextNormalizer() {
    }

    /** The classifier's view of {@code text}: normalized tokens, never empty for a non-blank text. */
    public static String[] tokens(String text) {
        var folded = EMAIL.matcher(fold(text)).replaceAll(" \uE000 ");
        folded = REPEATS.matcher(folded).replaceAll("$1");
        var tokens = new ArrayList<String>();
        var word = new StringBuilder();
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                word.appendCodePoint(cp);
            } else if (Character.isDigit(cp)) {
                word.append('0');
            } else {
                flush(word, tokens);
                symbolToken(cp).ifPresent(tokens::add);
            }
        }
        flush(word, tokens);
        return tokens.toArray(String[]::new);
    }

    /**
     * Lower case without accents, one char for each char of {@code text}, so offsets found in the result are offsets
     * in the original (Java String indices).
     */
    public static String fold(String text) {
        var out = new char[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128 || Character.isSurrogate(c)) {
                out[i] = Character.toLowerCase(c);
            } else {
                var base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                char first = base.isEmpty() ? c : base.charAt(0);
                out[i] = Character.getType(c) == Character.NON_SPACING_MARK ? ' ' : Character.toLowerCase(first);
            }
        }
        return new String(out);
    }

    /** True when the text has no letter and no digit: only emojis, punctuation or symbols. */
    public static boolean hasNoWords(String text) {
        return text.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    private static void flush(StringBuilder word, List<String> tokens) {
        if (!word.isEmpty()) {
            tokens.add(word.toString().toLowerCase(Locale.ROOT));
            word.setLength(0);
        }
    }

    private static Optional<String> symbolToken(int cp) {
        return Optional.ofNullable(switch (cp) {
            case '?' -> "#q";
            case 0xE000 -> "#email";
            case '!' -> "#bang";
            case 0x1F44D, 0x1F44C, 0x2705, 0x1F197 -> "#emook";
            case 0x1F44E, 0x274C -> "#emono";
            case 0x1F64F -> "#emothanks";
            case 0x1F44B -> "#emowave";
            case 0x1F621, 0x1F620, 0x1F92C, 0x1F624, 0x1F61E, 0x1F622, 0x1F62D, 0x1F612 -> "#emoangry";
            case 0x1F602, 0x1F923 -> "#emolaugh";
            case 0x2764, 0x1F60D, 0x1F970, 0x1F60A, 0x1F642, 0x1F600, 0x1F603, 0x1F604 -> "#emohappy";
            default -> Character.getType(cp) == Character.OTHER_SYMBOL || Character.isSurrogate((char) cp)
                    ? "#emo" : null;
        });
    }
}
