package org.hotelagent.nlp.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Chat shorthand spelled out, so "r u open", "qto custa", "xfa" and "kiero" reach the words the corpus teaches
 * ("are you", "quanto", "por favor", "quiero"). Works on normalized tokens (lower case, no accents); a token has one
 * meaning across es/en/pt or is left alone.
 */
final class Shorthand {

    private static final Map<String, String> EXPANSIONS = Map.ofEntries(
            // English
            Map.entry("u", "you"), Map.entry("r", "are"), Map.entry("ur", "your"), Map.entry("pls", "please"),
            Map.entry("plz", "please"), Map.entry("pleas", "please"), Map.entry("w", "with"), Map.entry("hw", "how"),
            Map.entry("wat", "what"), Map.entry("wht", "what"), Map.entry("ppl", "people"), Map.entry("nite", "night"),
            Map.entry("nites", "nights"), Map.entry("nts", "nights"), Map.entry("rm", "room"),
            Map.entry("rms", "rooms"), Map.entry("dbl", "double"), Map.entry("sgl", "single"),
            Map.entry("tmrw", "tomorrow"), Map.entry("tmr", "tomorrow"), Map.entry("wknd", "weekend"),
            Map.entry("avail", "available"), Map.entry("pp", "person"), Map.entry("im", "i am"),
            Map.entry("cant", "can not"), Map.entry("dont", "do not"), Map.entry("wanna", "want to"),
            Map.entry("gonna", "going to"), Map.entry("thru", "through"), Map.entry("bc", "because"),
            Map.entry("cuz", "because"),
            // Spanish
            Map.entry("ke", "que"), Map.entry("ta", "esta"), Map.entry("xq", "porque"), Map.entry("porq", "porque"),
            Map.entry("x", "por"), Map.entry("xfa", "por favor"), Map.entry("xfavor", "por favor"),
            Map.entry("porfa", "por favor"), Map.entry("porfis", "por favor"), Map.entry("tmb", "tambien"),
            Map.entry("hab", "habitacion"), Map.entry("habs", "habitaciones"), Map.entry("dnd", "donde"),
            Map.entry("cdo", "cuando"), Map.entry("kiero", "quiero"), Map.entry("kisiera", "quisiera"),
            Map.entry("aki", "aqui"), Map.entry("pa", "para"), Map.entry("finde", "fin de semana"),
            Map.entry("xa", "para"), Map.entry("tmbn", "tambien"), Map.entry("ntp", "no te preocupes"),
            // Portuguese
            Map.entry("vc", "voce"), Map.entry("vcs", "voces"), Map.entry("oq", "o que"), Map.entry("pq", "porque"),
            Map.entry("tbm", "tambem"), Map.entry("pfv", "por favor"), Map.entry("pf", "por favor"),
            Map.entry("pfvr", "por favor"), Map.entry("qto", "quanto"), Map.entry("qnto", "quanto"),
            Map.entry("qdo", "quando"), Map.entry("qnd", "quando"), Map.entry("hj", "hoje"), Map.entry("msm", "mesmo"),
            Map.entry("td", "tudo"), Map.entry("tds", "todos"), Map.entry("fds", "fim de semana"),
            Map.entry("mto", "muito"), Map.entry("mt", "muito"), Map.entry("naum", "nao"), Map.entry("pra", "para"),
            Map.entry("pro", "para o"), Map.entry("pros", "para os"), Map.entry("cmg", "comigo"),
            Map.entry("obg", "obrigado"), Map.entry("obgd", "obrigado"), Map.entry("vlw", "valeu"),
            Map.entry("blz", "beleza"));

    private Shorthand() {
    }

    /** {@code tokens} with every shorthand replaced by its words. */
    static List<String> expand(String[] tokens) {
        var expanded = new ArrayList<String>(tokens.length + 4);
        for (var token : tokens) {
            var words = EXPANSIONS.get(token);
            if (words == null) {
                expanded.add(token);
            } else {
                expanded.addAll(List.of(words.split(" ")));
            }
        }
        return expanded;
    }
}
