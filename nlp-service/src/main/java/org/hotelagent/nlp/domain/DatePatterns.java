package org.hotelagent.nlp.domain;

import java.util.regex.Pattern;

/**
 * The date expressions {@link DateFinder} looks for in folded text (lower case, no accents), es/en/pt: explicit,
 * numeric and ISO dates (days also spelled out, {@link DayWords}), day ranges, bare days, relative days, weekdays and
 * weekends.
 */
final class DatePatterns {

    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th|º|ª)?";
    private static final String EN_MONTH = "(?:january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
    private static final String NOT_A_DATE = "(?!\\s*(?:[/.:]\\d|h\\b|hs\\b|am\\b|pm\\b|%|personas?|people|persons?"
            + "|pessoas?|adult|nin|kid|child|crianc|hijo|filho|noches?|nights?|noites?|diarias?|hab|rooms?|quartos?"
            + "|camas?|beds?|anos|años|years?|euros?|€|\\$|dolares|dollars|reais|min))";
    /** Day in group 1 (digits) or 2 (a word, which needs "de"/"of": "the second may" is no date), month 3, year 4. */
    static final Pattern DMY = Pattern.compile("\\b(?:" + DAY + "(?:\\s+(?:de|of|del))?|(" + DayWords.DAY
            + ")\\s+(?:de|of|del))\\s+(" + Lexicon.MONTH + ")\\b(?:\\.?,?\\s+(?:de\\s+|del\\s+)?(\\d{4})\\b)?");
    /** Month in group 1, day in group 2 (digits) or 3 (an ordinal word: "december tenth"), year 4. */
    static final Pattern MDY = Pattern.compile("\\b(" + EN_MONTH + ")\\b\\.?\\s+(?:the\\s+)?(?:" + DAY + "|("
            + DayWords.ORDINAL + "))\\b(?:,?\\s+(\\d{4})\\b)?" + NOT_A_DATE);
    /** After a dash only as a range's end: "3-5/12", "12/20-12/22" (not inside "2026-12-20" or a phone number). */
    static final Pattern NUMERIC = Pattern.compile(
            "(?:(?<![\\d/.,-])|(?<=(?<![\\d/.,])\\d{1,2}[-–])|(?<=\\d[/.]\\d{1,2}[-–]))"
            + "(\\d{1,2})[/.](\\d{1,2})(?:[/.](\\d{4}|\\d{2}))?(?![\\d/]|[.,]\\d)" + NOT_A_DATE);
    static final Pattern DASHED = Pattern.compile("(?<![\\d-])(\\d{1,2})-(\\d{1,2})-(\\d{4})(?![\\d-])");
    static final Pattern ISO = Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])");
    private static final String RANGE_FROM = "\\b(?:del|de|desde(?:\\s+el)?|from(?:\\s+the)?|between(?:\\s+the)?"
            + "|entre(?:\\s+el|\\s+o)?|do(?:\\s+dia)?|dia|the)\\s+";
    /** The start day of a range before a full date: digits in group 1, or a word (after "del", "from"...) in 2. */
    static final Pattern RANGE_PREFIX = Pattern.compile("(?:(?:" + RANGE_FROM + ")?\\b" + DAY + "|" + RANGE_FROM + "("
            + DayWords.DAY + "))"
            + "\\s*(?:\\bal\\b|\\ba\\b|hasta(?:\\s+el)?|\\bto(?:\\s+the)?|till|until|through|-|–|\\by(?:\\s+el)?"
            + "|\\band(?:\\s+the)?|\\bao(?:\\s+dia)?|\\bate(?:\\s+(?:o|ao))?(?:\\s+dia)?|\\be)\\s*"
            + "(?:el\\s+|the\\s+|dia\\s+|o\\s+dia\\s+)?$");
    /** The end day of a range after a full date: digits in group 1, a word in group 2 ("ao quatro"). */
    static final Pattern RANGE_SUFFIX = Pattern.compile("^\\s*(?:to|-|–|until|till|til|through|al|a|ao|ate)\\s*"
            + "(?:the\\s+)?(?:" + DAY + "|(" + DayWords.DAY + "))\\b" + NOT_A_DATE
            + "(?!\\s*(?:de\\s|of\\s|" + Lexicon.MONTH + "))");
    /**
     * The year-end holidays a hotel books by name, each in its own group: Christmas Eve, Christmas Day, Boxing Day, New
     * Year's Eve, New Year's Day. Only the named days: "over Christmas" or "para fin de año" name no single day.
     */
    static final Pattern HOLIDAY = Pattern.compile("\\b(?:(christmas\\s+eve|noche\\s?buena|vespera\\s+de\\s+natal"
            + "|consoada)|(christmas\\s+day|dia\\s+de\\s+navidad|dia\\s+de\\s+natal)|(boxing\\s+day|(?:st\\.?|saint)"
            + "\\s+stephen'?s\\s+day)|(new\\s+year'?s\\s+eve|noche\\s?vieja|vispera\\s+de\\s+ano\\s+nuevo|vespera"
            + "\\s+de\\s+ano\\s+novo)|(new\\s+year'?s\\s+day|dia\\s+de\\s+ano\\s+nuevo|dia\\s+de\\s+ano\\s+novo))\\b");
    /** Ordinal days joined without "from": "would like 22nd-24th instead". */
    static final Pattern ORDINAL_RANGE = Pattern.compile("(?<![\\d/])\\b(\\d{1,2})(?:st|nd|rd|th)\\s*(?:-|–|to|through"
            + "|till|until)\\s*(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)\\b" + NOT_A_DATE
            + "(?!\\s*(?:of\\s|" + Lexicon.MONTH + "))");
    /** A range said as what a stay becomes, after a date: "de 2 a 4 de janeiro, conseguimos mudar para 3 a 6?". */
    static final Pattern NEW_RANGE = Pattern.compile("\\b(?:para|pra|pro|passa\\s+a)\\s+(?:o\\s+|el\\s+|dia\\s+)?"
            + DAY + "\\s*(?:\\ba\\b|\\bal\\b|\\bao\\b|-)\\s*(?:dia\\s+)?" + DAY + "\\b" + NOT_A_DATE
            + "(?!\\s*(?:de\\s|of\\s|-\\d|/))");
    static final Pattern DAY_RANGE = Pattern.compile("\\b(?:del|de|desde\\s+el|from\\s+the|from|dia|dias"
            + "|between\\s+the|entre\\s+el|do\\s+dia|do)\\s+" + DAY + "\\s*(?:\\bal\\b|\\ba\\b|\\bto\\s+the\\b"
            + "|\\bto\\b|\\by\\s+el\\b|\\band\\s+the\\b|\\bao\\s+dia\\b|\\bao\\b|-)\\s*(?:dia\\s+)?" + DAY + "\\b"
            + NOT_A_DATE + "(?!\\s*(?:de\\s|of\\s|-\\d))");
    /**
     * A day without its month, in the first group that matched: after an article ("el 17", "dia 20"), as an ordinal
     * ("the 20th"), after a weekday ("sábado 23"), after a correction ("mas é 26") or a pt verb of coming and going
     * ("saio a 6").
     */
    static final Pattern BARE_DAY = Pattern.compile("(?:\\b(?:el|the|on\\s+the|dia|del|do)\\s+" + DAY
            + "|\\b(\\d{1,2})(?:st|nd|rd|th)|(?:\\b" + Lexicon.WEEKDAY + ")\\s+(?:the\\s+)?" + DAY
            + "|\\b(?:pero|but|mas|not)\\s+(?:es|e|is|it's|era|was)\\s+(?:el\\s+|the\\s+|o\\s+|dia\\s+)?" + DAY
            + "|\\b(?:saio|sair|saimos|sairemos|saiamos|sairiamos|saindo|chego|chegar|chegamos|chegaremos|chegavamos"
            + "|chegariamos|chegando|partimos|parto)\\s+a\\s+" + DAY
            + "|\\b(?:entrada|salida|saida|llegada|chegada|partida|check[\\s-]?in|check[\\s-]?out|arrival|departure)"
            + "\\s*:?\\s+(?:a\\s+|el\\s+|o\\s+dia\\s+|dia\\s+)?" + DAY + ")\\b"
            + NOT_A_DATE + "(?!\\s*(?:de\\s|of\\s))");
    /**
     * A bare number replaced after a date ("saio a 6 de março em vez de 5"); alone it may be a count. The lookahead
     * goes first here and in the patterns below because Java would try a leading lookbehind at every position.
     */
    static final Pattern INSTEAD_DAY = Pattern.compile("(?=\\b(?:instead|rather|en|em|ao)\\s)"
            + "(?<!(?:adults?|adultos?|people|personas|pessoas|kids|children"
            + "|ninos|criancas|noches|nights|noites|rooms?|habitaciones|quartos)\\s)\\b(?:instead\\s+of|rather\\s+than"
            + "|en\\s+vez\\s+de|en\\s+lugar\\s+de|em\\s+vez\\s+d[eo]|ao\\s+inves\\s+d[eo])l?\\s+"
            + "(?:the\\s+|o\\s+|dia\\s+)?(?:(?:" + Lexicon.WEEKDAY + ")(?:-feira)?\\s+)?" + DAY + "\\b" + NOT_A_DATE
            + "(?!\\s*(?:de\\s|of\\s))");
    static final Pattern DAY_AFTER_TOMORROW = Pattern.compile(
            "\\b(?:(?:the\\s+)?day\\s+after\\s+tomorrow|pasado\\s+manana|depois\\s+de\\s+amanha)\\b");
    static final Pattern TOMORROW = Pattern.compile(
            "(?=manana|amanha|tomorrow|tmrw)(?<!\\b(?:la|esta|las|pela|da|cada|de\\sla|por\\sla)\\s)\\b(?:manana|amanha"
                    + "|tomorrow|tmrw)\\b");
    static final Pattern TODAY = Pattern.compile(
            "\\b(?:today|tonight|hoy|(?:hoje|hj)\\s+a\\s+noite|hoje|hj|esta\\s+noche|esta\\s+noite)\\b");
    static final Pattern WEEKDAY = Pattern.compile("\\b((?:this|next|coming|este|esta|essa|proximo|proxima)"
            + "\\s+)?(" + Lexicon.WEEKDAY + ")\\b(\\s+que\\s+v(?:iene|em))?(?!\\s+(?:vez|vezes|mao|opcao))");
    /** Group 1 "next"/"following" or group 2 "que viene"/"siguiente"/"after" name the weekend after the coming one. */
    static final Pattern WEEKEND = Pattern.compile("(?=\\b(?:this|next|following|the|este|esse|proximo|weekend"
            + "|week-end|fin|finde|fim|fds)\\b)(?<!\\b(?:bom|buen|good|nice|great|lovely|happy"
            + "|feliz|excelente)\\s)\\b((?:this|next|following|the\\s+coming|este"
            + "|esse|este\\s+proximo|proximo)\\s+)?(?:weekend|week-end|fin\\s+de\\s+semana|finde|fim\\s+de\\s+semana"
            + "|fds)\\b(\\s+que\\s+v(?:iene|em)|\\s+siguiente|\\s+seguinte|\\s+after\\b(?!\\s+next))?");
    static final Pattern IN_PERIOD = Pattern.compile("\\b(?:in|en|dentro\\s+de|daqui\\s+a|em)\\s+("
            + Lexicon.NUMBER + ")\\s+(dias?|days?|semanas?|weeks?)\\b");
    static final Pattern FROM_BEFORE = Pattern.compile(
            "\\b(?:from|de|del|do|desde)\\s+(?:the\\s+|o\\s+dia\\s+|dia\\s+|el\\s+)?$");
    private static final String MOVE_VERB_WORDS = "\\b(?:move|moved|change|reschedule|switch|push|shift"
            + "|cambiar|cambia|cambio|modificar|modifica|pasar|adelantar|atrasar|retrasar|remarcar|adiar|bring"
            + "|antecipar|antecipa|adiantar|adianta"
            + "|postpone|mover|mueve|mudar|muda|passar|passa|trocar|troca|alterar|altera"
            + "|pasarla|pasarlo|cambiarla|cambiarlo|moverla|moverlo|passa-la|muda-la|mudar-la)";
    static final Pattern MOVE_VERB = Pattern.compile(MOVE_VERB_WORDS + "\\b");
    /** The day a booking is moved to, after a date: "tengo reserva el 10 de diciembre pero necesito pasarla al 17". */
    static final Pattern MOVED_DAY = Pattern.compile("(?:" + MOVE_VERB_WORDS + ")\\b[^.?!\\d]{0,20}?\\b(?:al"
            + "|to(?:\\s+the)?|para\\s+el|para\\s+o(?:\\s+dia)?|pro(?:\\s+dia)?|pra(?:\\s+o)?(?:\\s+dia)?)\\s+" + DAY
            + "\\b" + NOT_A_DATE + "(?!\\s*(?:de\\s|of\\s|[/.]\\d))");
    static final Pattern CONNECTOR = Pattern.compile("^\\s*(?:al|a|to|-|–|until|till|through"
            + "|hasta(?:\\s+el)?|ate(?:\\s+(?:o|ao))?|ao|y|and|e|para(?:\\s+o)?|pro|pra)\\s*"
            + "(?:el\\s+|the\\s+|dia\\s+|o\\s+dia\\s+)?(?:(?:" + Lexicon.WEEKDAY + ")(?:-feira)?\\s*,?\\s*)?$");
    /** What may stand between a weekday and the date it names. */
    static final Pattern WEEKDAY_OF = Pattern.compile("[\\s,]*(?:the\\s+|el\\s+|dia\\s+|o\\s+dia\\s+|del\\s+|de\\s+"
            + "|from\\s+(?:the\\s+)?)?");
    static final Pattern ORDINAL_SUFFIX = Pattern.compile("^(?:st|nd|rd|th|º|ª)");

    private DatePatterns() {
    }
}
