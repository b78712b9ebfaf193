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
}
