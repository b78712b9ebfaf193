package org.hotelagent.nlp.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.PhoneNumberUtil;

import org.hotelagent.contracts.nlp.Entity;
import org.hotelagent.contracts.nlp.EntityType;

/** Finds how to reach the guest: {@code email} and {@code phone} (E.164); {@link NameFinder} finds the name. */
final class ContactFinder {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*"
            + "\\.[A-Za-z]{2,}");
    /** Said of a number before it: in Argentina a mobile's E.164 form carries a 9 its local form lacks. */
    private static final Pattern MOBILE_CUE = Pattern.compile("(?i)\\b(?:cel|celu|celular|m[oó]vil|whats?app|wsp|wpp)"
            + "\\b[^\\d]{0,15}$");

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
                    var e164 = PHONES.format(match.number(), PhoneNumberUtil.PhoneNumberFormat.E164);
                    var before = text.substring(Math.max(0, match.start() - 25), match.start());
                    if (e164.startsWith("+54") && !e164.startsWith("+549") && MOBILE_CUE.matcher(before).find()) {
                        // "mi cel 11 5432-8876": +54 9 11 5432-8876, the form WhatsApp and SMS need
                        e164 = "+549" + e164.substring(3);
                    }
                    entities.add(new Entity(EntityType.phone, match.start(), match.end(), match.rawString(), e164,
                            null, null));
                }
            }
        }
        return entities;
    }
}
