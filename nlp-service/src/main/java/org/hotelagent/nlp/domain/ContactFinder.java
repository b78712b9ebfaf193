package org.hotelagent.nlp.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.PhoneNumberUtil;

import org.hotelagent.contracts.nlp.Entity;
import org.hotelagent.contracts.nlp.EntityType;

/** Finds how to reach and address the guest: {@code email}, {@code phone} (E.164) and {@code guest_name}. */
final class ContactFinder {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*"
            + "\\.[A-Za-z]{2,}");
    private static final Pattern STRONG_NAME_CUE = Pattern.compile("\\b(?:me\\s+llamo|mi\\s+nombre\\s+es"
            + "|my\\s+name\\s+is|my\\s+name's|meu\\s+nome\\s+e|me\\s+chamo|a\\s+nombre\\s+de|em\\s+nome\\s+de"
            + "|under\\s+the\\s+name(?:\\s+of)?|in\\s+the\\s+name\\s+of|nombre\\s*:|name\\s*:|nome\\s*:)\\s*");
    private static final Pattern WEAK_NAME_CUE = Pattern.compile("\\b(?:soy|i\\s*'?\\s*m|this\\s+is|it's|sou\\s+(?:o|a)"
            + "|aqui\\s+(?:es|e))\\s+");
    private static final Pattern NAME_WORD = Pattern.compile("\\G\\s*([\\p{L}][\\p{L}'’-]*)");
    private static final Set<String> NOT_NAMES = Set.of("y", "e", "and", "i", "quiero", "want", "para", "for", "con",
            "with", "gracias", "thanks", "obrigado", "obrigada", "por", "please", "porfa", "tengo", "have", "tenho",
            "the", "el", "la", "o", "a", "from", "de", "da", "do", "del", "looking", "going", "interested", "not",
            "here", "aqui",
            "mi", "my", "meu", "minha", "su", "our", "nuestra", "nossa", "your", "tu",
            "muy", "very", "so", "bem", "bien", "en", "in", "em", "un", "una", "um", "uma");

    private ContactFinder() {
    }

    static List<Entity> emails(String text) {
        var entities = new ArrayList<Entity>();
        var m = EMAIL.matcher(text);
        while (m.find()) {
            entities.add(new Entity(EntityType.email, m.start(), m.end(), m.group(),
                    m.group().toLowerCase(Locale.ROOT), null, null));
        }
        return entities;
    }

    /** Phone numbers valid in the guest's region or a neighbour of its language, as E.164. */
    static List<Entity> phones(String text, String language, Locale locale) {
        var regions = new LinkedHashSet<String>();
        if (locale != null && !locale.getCountry().isEmpty()) {
            regions.add(locale.getCountry());
        }
        regions.addAll(switch (language) {
            case "pt" -> List.of("BR", "PT");
            case "en" -> List.of("US", "GB");
            default -> List.of("ES", "MX");
        });
        var entities = new ArrayList<Entity>();
        for (var region : regions) {
            for (var match : PHONES.findNumbers(text, region, PhoneNumberUtil.Leniency.VALID, 1000)) {
                if (entities.stream().noneMatch(e -> e.start() < match.end() && match.start() < e.end())) {
                    entities.add(new Entity(EntityType.phone, match.start(), match.end(), match.rawString(),
                            PHONES.format(match.number(), PhoneNumberUtil.PhoneNumberFormat.E164), null, null));
                }
            }
        }
        return entities;
    }

    static List<Entity> names(String text, String folded) {
        var strong = STRONG_NAME_CUE.matcher(folded);
        if (strong.find()) {
            return name(text, strong.end(), true);
        }
        var weak = WEAK_NAME_CUE.matcher(folded);
        return weak.find() ? name(text, weak.end(), false) : List.of();
    }

    /** Up to three name words from {@code from}; after a weak cue ("soy", "I'm") every word must be capitalised. */
    private static List<Entity> name(String text, int from, boolean strong) {
        var m = NAME_WORD.matcher(text);
        int start = -1;
        int end = -1;
        var words = new ArrayList<String>();
        int position = from;
        while (words.size() < 3 && m.find(position)) {
            var word = m.group(1);
            boolean capital = Character.isUpperCase(word.charAt(0));
            boolean lowerAllowed = strong && (words.isEmpty() || Character.isLowerCase(text.charAt(start)));
            if (NOT_NAMES.contains(word.toLowerCase(Locale.ROOT)) || (!capital && !lowerAllowed)) {
                break;
            }
            start = start < 0 ? m.start(1) : start;
            end = m.end(1);
            words.add(Character.toUpperCase(word.charAt(0)) + word.substring(1));
            position = m.end();
        }
        return words.isEmpty() ? List.of() : List.of(new Entity(EntityType.guest_name, start, end,
                text.substring(start, end), String.join(" ", words), null, null));
    }
}
