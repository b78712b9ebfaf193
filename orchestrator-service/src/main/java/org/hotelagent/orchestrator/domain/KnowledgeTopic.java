package org.hotelagent.orchestrator.domain;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The hotel questions the agent answers from the hotel's stored knowledge, and the words guests use for them in
 * Spanish, English and Portuguese (matched without accents or case, on word boundaries).
 */
public enum KnowledgeTopic {
    address("direccion", "donde estan", "donde esta el hotel", "como llego", "como llegar", "ubicacion",
            "address", "where are you", "how do i get", "how to get", "location", "directions",
            "endereco", "onde ficam", "onde fica o hotel", "como chego", "como chegar", "localizacao", "morada"),
    parking("parking", "aparcamiento", "aparcar", "estacionamiento", "garaje", "garage", "car park", "park my car",
            "estacionamento", "estacionar"),
    wifi("wifi", "wi-fi", "wi fi", "internet"),
    pets("mascota", "mascotas", "perro", "perros", "gato", "pet", "pets", "dog", "dogs", "cat",
            "animal de estimacao", "animais", "cao", "caes", "cachorro"),
    breakfast("desayuno", "desayunar", "breakfast", "pequeno-almoco", "pequeno almoco", "cafe da manha"),
    pool("piscina", "pool", "swimming"),
    gym("gimnasio", "gym", "fitness", "ginasio", "academia"),
    check_in_out("check-in", "check in", "checkin", "check-out", "check out", "checkout", "hora de entrada",
            "hora de salida", "hora de saida", "horario de entrada", "what time can i arrive"),
    payment_methods("forma de pago", "formas de pago", "metodo de pago", "tarjeta", "efectivo", "bizum",
            "payment method", "payment methods", "pay by card", "credit card", "cash",
            "forma de pagamento", "formas de pagamento", "cartao", "pix", "dinheiro"),
    policies("politica", "politicas", "fumar", "policy", "policies", "smoking", "politica de cancelamento");

    private final Pattern pattern;

    KnowledgeTopic(String... words) {
        var alternatives = String.join("|", List.of(words).stream().map(Pattern::quote).toList());
        this.pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(" + alternatives + ")(?![\\p{L}\\p{N}])");
    }

    /** The topics a guest text asks about, in declaration order; empty for none or no text. */
    public static Set<KnowledgeTopic> mentionedIn(String text) {
        var topics = EnumSet.noneOf(KnowledgeTopic.class);
        if (text == null || text.isBlank()) {
            return topics;
        }
        var normalized = normalized(text);
        for (var topic : values()) {
            if (topic.pattern.matcher(normalized).find()) {
                topics.add(topic);
            }
        }
        return topics;
    }

    /** Lower case without accents, as the topics' words are written. */
    static String normalized(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
