package org.hotelagent.nlp.domain;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotelagent.contracts.nlp.Intent;
import org.hotelagent.contracts.nlp.Sentiment;

/**
 * The guest's tone from a small es/en/pt lexicon over normalized tokens, with emojis and shouting; a complaint is
 * always negative so it reaches a person.
 */
@ApplicationScoped
public class SentimentAnalyzer {

    private static final Set<String> POSITIVE = Set.of("gracias", "thanks", "thank", "obrigado", "obrigada", "valeu",
            "genial", "great", "perfecto", "perfect", "perfeito", "excelente", "excellent", "maravilloso", "wonderful",
            "amazing", "encanta", "love", "adoro", "adorei", "encantado", "encantada", "lovely", "awesome", "otimo",
            "bueno", "buenisimo", "good", "bom", "fantastico", "fantastic", "amable", "kind", "gentil", "feliz",
            "happy", "contento", "contenta", "satisfecho", "top", "show", "incrivel", "increible", "agradezco",
            "appreciate", "agradeco", "bien", "nice", "super", "#emohappy", "#emothanks", "#emook");
    private static final Set<String> NEGATIVE = Set.of("sucia", "sucio", "sucisima", "dirty", "filthy", "suja",
            "sujo", "imundo", "asco", "nojo", "disgusting", "horrible", "horrivel", "terrible", "terrivel", "awful",
            "pesimo", "pesima", "worst", "peor", "pior", "malo", "mala", "bad", "ruim", "roto", "rota", "broken",
            "avariado", "estragado", "ruido", "noise", "noisy", "barulho", "queja", "complaint", "reclamacion",
            "reclamacao", "queixa", "verguenza", "vergonha", "shame", "inaceptable", "unacceptable", "inaceitavel",
            "molesto", "unhappy", "chateado", "decepcionado", "decepcionada", "disappointed", "harto", "fed",
            "grosero", "rude", "grosseiro", "grosseiros", "maleducado", "desastre", "disaster", "fatal", "absurdo",
            "cucarachas", "cockroaches", "baratas", "frio", "freezing", "incomoda", "uncomfortable", "desconfortavel",
            "enfadado", "angry", "furioso", "furious", "lamentable", "problema", "problem", "cobraron", "overcharged",
            "#emoangry", "#emono");
    private static final Set<String> NEGATORS = Set.of("no", "not", "nao", "nunca", "never", "sin", "without", "sem");

    /** NEGATIVE for complaints and negative words, POSITIVE when positive words win, else NEUTRAL. */
    public Sentiment analyse(String text, Intent intent) {
        if (intent == Intent.complaint) {
            return Sentiment.NEGATIVE;
        }
        var tokens = TextNormalizer.tokens(text);
        int score = 0;
        for (int i = 0; i < tokens.length; i++) {
            boolean negated = i > 0 && NEGATORS.contains(tokens[i - 1]);
            if (POSITIVE.contains(tokens[i])) {
                score += negated ? -1 : 1;
            } else if (NEGATIVE.contains(tokens[i])) {
                score += negated ? 0 : -2;
            }
        }
        return score < 0 ? Sentiment.NEGATIVE : score > 0 ? Sentiment.POSITIVE : Sentiment.NEUTRAL;
    }
}
