package org.hotelagent.nlp.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotelagent.contracts.nlp.Entity;

/**
 * Extracts the data in a guest text: stay dates resolved against the hotel's today, guests, room type, contact details,
 * booking references and amounts. Offsets are Java String (UTF-16) indices into the text. Stateless and thread-safe.
 */
@ApplicationScoped
public class EntityExtractor {

    /**
     * @param language es, en or pt (words and phone regions)
     * @param locale   the guest's locale when known: decides numeric date order (en-US month first) and phone region
     * @param today    the hotel's current date
     */
    public List<Entity> extract(String text, String language, Locale locale, LocalDate today) {
        var folded = TextNormalizer.fold(text);
        var entities = new ArrayList<Entity>();
        entities.addAll(ReferenceFinder.bookingReferences(text, folded));
        addFree(entities, ContactFinder.emails(text));
        var dates = StayDates.entities(text, folded, DateFinder.find(maskTaken(folded, entities), today,
                dayFirst(language, locale)));
        addFree(entities, dates);
        addFree(entities, ContactFinder.phones(text, language, locale));
        addFree(entities, ReferenceFinder.amounts(text, folded, locale));
        addFree(entities, StayDetailsFinder.find(text, maskTaken(folded, entities)));
        addFree(entities, NameFinder.find(text, maskTaken(folded, entities)));
        entities.sort(Comparator.comparingInt(Entity::start).thenComparing(e -> e.type().ordinal()));
        return entities;
    }

    /** Month-first numeric dates only for US and Canadian English (and English without a locale, as US guests do). */
    static boolean dayFirst(String language, Locale locale) {
        if (locale != null && !locale.getCountry().isEmpty()) {
            return !("US".equals(locale.getCountry()) || ("CA".equals(locale.getCountry()) && "en".equals(language)));
        }
        return !"en".equals(language);
    }

    /** Adds the entities that do not overlap one already found; entities sharing a span among themselves stay. */
    private static void addFree(List<Entity> entities, List<Entity> found) {
        var taken = List.copyOf(entities);
        for (var entity : found) {
            if (taken.stream().noneMatch(e -> e.start() < entity.end() && entity.start() < e.end())) {
                entities.add(entity);
            }
        }
    }

    /** Blanks what is already an entity so later finders do not read a reference or an email as something else. */
    private static String maskTaken(String folded, List<Entity> entities) {
        var chars = folded.toCharArray();
        for (var entity : entities) {
            for (int i = entity.start(); i < entity.end(); i++) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }
}
