package org.hotelagent.gateway.domain.email;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a mail body into the text the agent reads: HTML to plain text, and only what the guest wrote now, without the
 * quoted history, the signature or a mobile footer (rules ported from Discourse's email_reply_trimmer and talon).
 */
public final class MailText {

    /** Where a client starts the quoted history or signature in HTML; everything from there on is cut. */
    private static final Pattern HTML_QUOTE = Pattern.compile("<(div|blockquote|hr|p|span)\\b[^>]*("
            + "class=\"[^\"]*(gmail_quote|gmail_signature|gmail_extra|moz-cite-prefix|moz-signature|yahoo_quoted"
            + "|protonmail_quote)[^\"]*\"|id=\"(divRplyFwdMsg|Signature|appendonsend|AppleMailSignature)\""
            + "|type=\"cite\")[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern INVISIBLE = Pattern.compile("<(head|style|script|title)\\b.*?</\\1\\s*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern BREAK = Pattern.compile("<br\\s*/?>|</(p|div|li|tr|h[1-6]|blockquote)\\s*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<!--.*?-->|<[^>]*>", Pattern.DOTALL);
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);");
    private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("nbsp", " "), Map.entry("amp", "&"),
            Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"),
            Map.entry("aacute", "á"), Map.entry("eacute", "é"), Map.entry("iacute", "í"), Map.entry("oacute", "ó"),
            Map.entry("uacute", "ú"), Map.entry("ntilde", "ñ"), Map.entry("Ntilde", "Ñ"), Map.entry("uuml", "ü"),
            Map.entry("ouml", "ö"), Map.entry("auml", "ä"), Map.entry("szlig", "ß"), Map.entry("ccedil", "ç"),
            Map.entry("iexcl", "¡"), Map.entry("iquest", "¿"), Map.entry("euro", "€"), Map.entry("hellip", "…"));

    private static final String ATTRIBUTION_VERBS = "wrote|escribió|a écrit|schrieb|escreveu|ha scritto|schreef";
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "^(On|El|Le|Am|Em|Il|Op)\\s.+(" + ATTRIBUTION_VERBS + ")(\\s.*)?:\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_BLOCK_START = Pattern.compile("^\\*?(From|De|Von|Da|Van):\\*?\\s",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_BLOCK_NEXT = Pattern.compile(
            "^\\*?(Sent|Enviado|Gesendet|Envoyé|Inviato|Date|Fecha|Datum|To|Para|An|À|A):\\*?\\s",
            Pattern.CASE_INSENSITIVE);
    private static final List<Pattern> CUT_LINES = List.of(
            Pattern.compile("^-{2,}\\s*(Original Message|Mensaje original|Message d'origine|Ursprüngliche Nachricht"
                    + "|Messaggio originale|Forwarded message|Mensaje reenviado)\\s*-{2,}\\s*$",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("^_{10,}\\s*$"),
            Pattern.compile("^>"),
            Pattern.compile("^-- ?$"),
            Pattern.compile("^(Sent from my|Enviado desde mi|Enviado desde Yahoo|Get Outlook for|Obtener Outlook para"
                    + "|Envoyé de mon|Von meinem)\\b.*$", Pattern.CASE_INSENSITIVE));

    private MailText() {
    }

    /** Plain text of an HTML body, cut where a known client starts the quoted history or signature. */
    public static String fromHtml(String html) {
        var quote = HTML_QUOTE.matcher(html);
        var own = quote.find() ? html.substring(0, quote.start()) : html;
        var text = TAG.matcher(BREAK.matcher(INVISIBLE.matcher(own).replaceAll(""))
                .replaceAll("\n")).replaceAll("");
        return decodeEntities(text.replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" ?\n ?", "\n"));
    }

    /** The new text of a plain-text reply: lines before the first quote, attribution, separator or signature. */
    public static String newText(String text) {
        var lines = text.replace("\r\n", "\n").replace('\r', '\n').replaceAll("\\[cid:[^]]*]", "").split("\n", -1);
        var end = lines.length;
        for (var i = 0; i < lines.length && end == lines.length; i++) {
            if (startsHistory(lines, i)) {
                end = i;
            }
        }
        return String.join("\n", List.of(lines).subList(0, end)).replaceAll("\n{3,}", "\n\n").strip();
    }

    private static boolean startsHistory(String[] lines, int i) {
        var line = lines[i].strip();
        var next = i + 1 < lines.length ? lines[i + 1].strip() : "";
        // Gmail wraps a long attribution over two lines: "El mar, 24 nov 2026 a las 12:00, Hotel (<a@b>)", "escribió:".
        var wrapped = !next.isEmpty() && ATTRIBUTION.matcher(line + " " + next).matches();
        if (ATTRIBUTION.matcher(line).matches() || wrapped) {
            return true;
        }
        if (HEADER_BLOCK_START.matcher(line).find() && HEADER_BLOCK_NEXT.matcher(next).find()) {
            return true;
        }
        var raw = lines[i].replace("\u00a0", " ");
        return CUT_LINES.stream().anyMatch(p -> p.matcher(raw).find());
    }

    private static String decodeEntities(String text) {
        Matcher m = ENTITY.matcher(text);
        var out = new StringBuilder();
        while (m.find()) {
            var name = m.group(1);
            var value = name.startsWith("#") ? codePoint(name, m.group()) : NAMED.getOrDefault(name, m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString().replace('\u00a0', ' ');
    }

    private static String codePoint(String reference, String original) {
        try {
            var hex = reference.startsWith("#x") || reference.startsWith("#X");
            return Character.toString(Integer.parseInt(reference.substring(hex ? 2 : 1), hex ? 16 : 10));
        } catch (IllegalArgumentException notACodePoint) {
            return original;
        }
    }
}
