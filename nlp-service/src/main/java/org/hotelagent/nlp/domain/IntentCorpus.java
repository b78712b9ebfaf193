package org.hotelagent.nlp.domain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.hotelagent.contracts.nlp.Intent;

/** Reads the hand-written training corpus: per-language files of {@code ## intent} sections, one utterance a line. */
public final class IntentCorpus {

    private IntentCorpus() {
    }

    /** One labelled utterance. */
    public record Example(String language, Intent intent, String text) {
    }

    /** Every example of {@code es.txt}, {@code en.txt} and {@code pt.txt} in {@code directory}. */
    public static List<Example> read(Path directory) throws IOException {
        var examples = new ArrayList<Example>();
        for (var language : List.of("es", "en", "pt")) {
            Intent intent = null;
            for (var line : Files.readAllLines(directory.resolve(language + ".txt"), StandardCharsets.UTF_8)) {
                var trimmed = line.strip();
                if (trimmed.startsWith("## ")) {
                    intent = Intent.valueOf(trimmed.substring(3).strip());
                } else if (!trimmed.isEmpty() && !trimmed.startsWith("# ") && !trimmed.equals("#")) {
                    if (intent == null) {
                        throw new IOException(language + ".txt: utterance before the first ## intent: " + trimmed);
                    }
                    examples.add(new Example(language, intent, trimmed));
                }
            }
        }
        return examples;
    }
}
