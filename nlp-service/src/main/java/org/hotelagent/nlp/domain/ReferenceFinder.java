package org.hotelagent.nlp.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
    /** The reference named right before it: "código WERTYUIOP", "my booking reference is lmnbvcxza". */
    private static final Pattern NAMED_BEFORE = Pattern.compile("\\b(?:reserva|booking|reference|referencia|ref"
            + "|localizador|codigo|code|order|pedido|confirmation|confirmacion|confirmacao|reservation)"
            + "(?:\\s+(?:de|da|do|of|number|numero|no)){0,2}(?:\\s+(?:reserva|booking|reservation))?"
            + "(?:\\s*(?:es|is|e|:|#|n[o.]))*\\s*$");
    private static final Pattern LOWER_ORDER_REFERENCE = Pattern.compile("\\b[a-z]{9}\\b");
    /**
     * Consonant pairs that Spanish, English and Portuguese words use. A random QloApps reference almost always holds
     * one that is not here ("XK", "QW"), so even one with many vowels is told from a shouted word ("DICIEMBRE").
     */
    private static final Set<String> WORD_CONSONANT_PAIRS = Set.of(("BL BR BS BT BY CC CH CK CL CR CS CT CY DD DG DL"
            + " DM DN DR DS DV DY FF FL FR FT GG GH GL GM GN GR GS GT HF HN HR HS HT KF KN KS KY LB LC LD LF LG LH LK"
            + " LL LM LN LP LR LS LT LV LW LY MB MM MN MP MS MY NC ND NF NG NH NJ NK NL NN NQ NR NS NT NV NX NY NZ PC"
            + " PH PL PN PP PR PS PT PY RB RC RD RF RG RJ RK RL RM RN RP RQ RR RS RT RV RW RY SC SD SH SK SL SM SN SP"
            + " SQ SS ST SW SY TC TF TH TL TM TN TR TS TT TW TY VR WH WL WN WR WS XC XP XT YL YM YN YS YT ZC ZG ZM ZN")
            .split(" "));
    private static final String DIGITS = "\\d{1,3}(?:[.,]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?";
    private static final String NUMBER = "(" + DIGITS + ")";
    /** After a currency sign, thousands may be grouped by spaces: "R2 300", "€ 1 250". */
    private static final String SPACED = "(\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+(?![\\d.,])|" + DIGITS + ")";
    private static final Pattern AMOUNT_BEFORE = Pattern.compile("(?<![\\w$])(us\\$|r\\$|au?\\$|c\\$|s/|€|\\$|£|usd"
            + "|eur|brl|gbp|mxn|aud|cad|pen|zar|r(?=\\d))"
            + "\\s?" + SPACED + "(?![\\d.,]*\\d)");
    private static final Pattern AMOUNT_AFTER = Pattern.compile("(?<![\\d.,])" + NUMBER + "\\s?(€|\\$|£|euros?|eur"
            + "|dolares|dollars?|bucks|usd|reais|real|brl|libras|pounds?|gbp|pesos|mxn|soles|rand)(?!\\w)");

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
            long vowels = order.group().chars().filter(ReferenceFinder::isVowel).count();
            // three or more vowels: a word unless its consonants say otherwise; in a shouted text only after a cue
            boolean random = !wordLike(order.group()) && (cue || !shouted(text, order.start(), order.end()));
            boolean named = NAMED_BEFORE.matcher(before(folded, order.start())).find()
                    && !shouted(text, order.start(), order.end());
            if (vowels <= 2 || (cue && vowels <= 3) || random || named) {
                entities.add(reference(order.start(), order.end(), text));
            }
        }
        // typed in small letters: only right after its name, and only when it cannot be a word
        var lower = LOWER_ORDER_REFERENCE.matcher(text);
        while (lower.find()) {
            var token = lower.group().toUpperCase(Locale.ROOT);
            if (!wordLike(token) && NAMED_BEFORE.matcher(before(folded, lower.start())).find()) {
                entities.add(reference(lower.start(), lower.end(), text));
            }
        }
        return entities;
    }

    private static String before(String folded, int start) {
        return folded.substring(Math.max(0, start - 40), start);
    }

    private static boolean isVowel(int c) {
        return "AEIOU".indexOf(c) >= 0;
    }

    private static boolean wordLike(String token) {
        for (int i = 1; i < token.length(); i++) {
            char a = token.charAt(i - 1);
            char b = token.charAt(i);
            if (!isVowel(a) && !isVowel(b) && !WORD_CONSONANT_PAIRS.contains("" + a + b)) {
                return false;
            }
        }
        return true;
    }

    /** More capitals than small letters around the token: the guest writes in caps, so a word is likelier. */
    private static boolean shouted(String text, int start, int end) {
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (i >= start && i < end || !Character.isLetter(c)) {
                continue;
            }
            if (Character.isUpperCase(c)) {
                upper++;
            } else {
                lower++;
            }
        }
        return upper > lower;
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
    static String decimal(String written) {
        var number = written.replaceAll("[\\s\\u00a0\\u202f]", "");
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
            case "s/", "soles", "pen" -> "PEN";
            case "r", "rand", "zar" -> "ZAR";
            // "$" and "pesos" are the guest's country's: Mexican, Argentine, Chilean, Colombian, Australian dollars
            default -> switch (locale == null ? "" : locale.getCountry()) {
                case "MX" -> "MXN";
                case "AR" -> "ARS";
                case "CL" -> "CLP";
                case "CO" -> "COP";
                case "AU" -> "AUD";
                case "NZ" -> "NZD";
                case "UY" -> "UYU";
                case "CA" -> "CAD";
                default -> "pesos".equals(symbol) ? "MXN" : "USD";
            };
        };
    }
}
