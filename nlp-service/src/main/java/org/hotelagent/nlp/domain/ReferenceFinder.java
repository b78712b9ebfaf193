package org.hotelagent.nlp.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.hotelagent.contracts.nlp.Entity;
import org.hotelagent.contracts.nlp.EntityType;

/** Finds {@code booking_reference} (HR-2026-00123, QloApps-style XKBKNABJK) and money {@code amount}s. */
final class ReferenceFinder {

    private static final Pattern HOTEL_REFERENCE = Pattern.compile("(?i)\\bHR-\\d{4}-\\d{3,6}\\b");
    private static final Pattern ORDER_REFERENCE = Pattern.compile("\\b[A-Z]{9}\\b");
    private static final Pattern REFERENCE_CUE = Pattern.compile("\\b(?:reserva|booking|reference|referencia|ref"
            + "|localizador|codigo|code|order|pedido|confirmation|confirmacion|confirmacao|numero|number"
            + "|reservation)\\b");
    private static final String NUMBER = "(\\d{1,3}(?:[.,]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?)";
    private static final Pattern AMOUNT_BEFORE = Pattern.compile("(?<![\\w$])(us\\$|r\\$|au?\\$|c\\$|€|\\$|£|usd|eur"
            + "|brl|gbp|mxn|aud|cad)"
            + "\\s?" + NUMBER + "(?![\\d.,]*\\d)");
    private static final Pattern AMOUNT_AFTER = Pattern.compile("(?<![\\d.,])" + NUMBER + "\\s?(€|\\$|£|euros?|eur"
            + "|dolares|dollars?|bucks|usd|reais|real|brl|libras|pounds?|gbp|pesos|mxn)(?!\\w)");

    private ReferenceFinder() {
    }

    static List<Entity> bookingReferences(String text, String folded) {
        var entities = new ArrayList<Entity>();
        var hotel = HOTEL_REFERENCE.matcher(text);
        while (hotel.find()) {
            entities.add(reference(hotel.start(), hotel.end(), text));
        }
        var order = ORDER_REFERENCE.matcher(text);
        boolean cue = REFERENCE_CUE.matcher(folded).find();
        while (order.find()) {
            long vowels = order.group().chars().filter(c -> "AEIOU".indexOf(c) >= 0).count();
            if (vowels <= 2 || (cue && vowels <= 3)) {
                entities.add(reference(order.start(), order.end(), text));
            }
        }
        return entities;
    }

    static List<Entity> amounts(String text, String folded, Locale locale) {
        var entities = new ArrayList<Entity>();
        var before = AMOUNT_BEFORE.matcher(folded);
        while (before.find()) {
            entities.add(amount(text, before.start(), before.end(), before.group(2), before.group(1), locale));
        }
        var after = AMOUNT_AFTER.matcher(folded);
        while (after.find()) {
            entities.add(amount(text, after.start(), after.end(), after.group(1), after.group(2), locale));
        }
        return entities;
    }

    private static Entity reference(int start, int end, String text) {
        var value = text.substring(start, end);
        return new Entity(EntityType.booking_reference, start, end, value, value.toUpperCase(Locale.ROOT), null,
                null);
    }

    private static Entity amount(String text, int start, int end, String number, String currency, Locale locale) {
        return new Entity(EntityType.amount, start, end, text.substring(start, end), decimal(number),
                currency(currency, locale), null);
    }

    /** "1.200,50", "1,200.50", "150,5" and "120" as a plain decimal; a lone separator before 3 digits groups. */
    static String decimal(String number) {
        int lastDot = number.lastIndexOf('.');
        int lastComma = number.lastIndexOf(',');
        int separator = Math.max(lastDot, lastComma);
        boolean both = lastDot >= 0 && lastComma >= 0;
        boolean isDecimal = separator >= 0 && (both || number.length() - separator - 1 != 3);
        var digits = !isDecimal ? number.replaceAll("[.,]", "")
                : number.substring(0, separator).replaceAll("[.,]", "") + "." + number.substring(separator + 1);
        return new BigDecimal(digits).stripTrailingZeros().toPlainString();
    }

    private static String currency(String symbol, Locale locale) {
        return switch (symbol) {
            case "€", "eur", "euro", "euros" -> "EUR";
            case "us$", "usd", "dolares", "dollar", "dollars", "bucks" -> "USD";
            case "r$", "reais", "real", "brl" -> "BRL";
            case "£", "libras", "pound", "pounds", "gbp" -> "GBP";
            case "mxn" -> "MXN";
            case "a$", "au$", "aud" -> "AUD";
            case "c$", "cad" -> "CAD";
            // "$" and "pesos" are the guest's country's: Mexican, Argentine, Chilean, Colombian, Australian dollars
            default -> switch (locale == null ? "" : locale.getCountry()) {
                case "MX" -> "MXN";
                case "AR" -> "ARS";
                case "CL" -> "CLP";
                case "CO" -> "COP";
                case "AU" -> "AUD";
                case "CA" -> "CAD";
                default -> "pesos".equals(symbol) ? "MXN" : "USD";
            };
        };
    }
}
