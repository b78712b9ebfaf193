package org.hotelagent.audio;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Word error rate: (substitutions + deletions + insertions) / reference words, by word-level edit distance. */
public final class WordErrorRate {

    private WordErrorRate() {
    }

    public static double of(String reference, String hypothesis) {
        var ref = words(reference);
        var hyp = words(hypothesis);
        if (ref.isEmpty()) {
            return hyp.isEmpty() ? 0 : 1;
        }
        var previous = new int[hyp.size() + 1];
        var current = new int[hyp.size() + 1];
        Arrays.setAll(previous, j -> j);
        for (int i = 1; i <= ref.size(); i++) {
            current[0] = i;
            for (int j = 1; j <= hyp.size(); j++) {
                var substitution = previous[j - 1] + (ref.get(i - 1).equals(hyp.get(j - 1)) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            var swap = previous;
            previous = current;
            current = swap;
        }
        return (double) previous[hyp.size()] / ref.size();
    }

    /** Lower case, punctuation dropped (apostrophes kept), split on white space. */
    static List<String> words(String text) {
        var normalized = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}' ]+", " ").strip();
        return normalized.isEmpty() ? List.of() : List.of(normalized.split("\\s+"));
    }
}
