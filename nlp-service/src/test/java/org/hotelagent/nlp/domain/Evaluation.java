package org.hotelagent.nlp.domain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.hotelagent.contracts.nlp.Entity;
import org.hotelagent.contracts.nlp.Intent;
import org.hotelagent.nlp.config.DefaultNlpConfig;

/**
 * Scores the pipeline on a labelled JSONL development set (never used for training): intent accuracy, macro-F1,
 * per-intent precision and recall, the confusion matrix, and entity exact and value matches per type and language.
 * Run with {@code scripts/mvn.sh -pl nlp-service exec:java@evaluate} after a build.
 */
public final class Evaluation {

    static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 11, 25);

    /** One scored utterance. */
    record Outcome(String id, String language, String text, Intent expected, Intent predicted, double confidence,
                   List<Entity> gold, List<Entity> found) {
    }

    private Evaluation() {
    }

    public static void main(String[] args) throws IOException {
        var outcomes = run(Path.of(args.length > 0 ? args[0] : "src/test/resources/eval/dev.jsonl"));
        System.out.println(EvaluationReport.render(outcomes));
    }

    static Understanding understanding() {
        return PlainPipeline.understanding(new DefaultNlpConfig(Optional.empty()));
    }

    static List<Outcome> run(Path devSet) throws IOException {
        var understanding = understanding();
        var mapper = new ObjectMapper();
        var outcomes = new ArrayList<Outcome>();
        for (var line : Files.readAllLines(devSet)) {
            if (line.isBlank()) {
                continue;
            }
            var item = mapper.readTree(line);
            var language = item.get("lang").asText();
            var locale = item.has("locale") ? Locale.forLanguageTag(item.get("locale").asText()) : null;
            var text = item.get("text").asText();
            // A line may name the day it was written for; older sets share REFERENCE_DATE.
            var reference = item.has("referenceDate") ? LocalDate.parse(item.get("referenceDate").asText())
                    : REFERENCE_DATE;
            var result = understanding.interpret(text, language, locale, reference);
            outcomes.add(new Outcome(item.get("id").asText(), language, text,
                    Intent.valueOf(item.get("intent").asText()), result.intent().intent(),
                    result.intent().confidence(), gold(item.get("entities")), result.entities()));
        }
        return outcomes;
    }

    private static List<Entity> gold(JsonNode entities) {
        var gold = new ArrayList<Entity>();
        for (var e : entities) {
            // An amount is written either as the API shows it ({"amount", "currency"}) or as value + unit.
            var value = e.get("value");
            var money = value.isObject();
            gold.add(new Entity(org.hotelagent.contracts.nlp.EntityType.valueOf(e.get("type").asText()),
                    e.get("start").asInt(), e.get("end").asInt(), e.get("text").asText(),
                    money ? value.get("amount").asText() : value.asText(),
                    money ? value.get("currency").asText() : e.has("unit") ? e.get("unit").asText() : null,
                    e.has("role") ? e.get("role").asText() : null));
        }
        return gold;
    }

    /** Intent accuracy of the outcomes in {@code language} (all when null). */
    static double accuracy(List<Outcome> outcomes, String language) {
        var scoped = outcomes.stream().filter(o -> language == null || o.language().equals(language)).toList();
        return (double) scoped.stream().filter(o -> o.expected() == o.predicted()).count() / scoped.size();
    }

    /** Gold entities of {@code language} (all when null) whose type, value and role were found. */
    static double entityValueRecall(List<Outcome> outcomes, String language, Map<String, int[]> perType) {
        int total = 0;
        int matched = 0;
        for (var o : outcomes) {
            if (language != null && !o.language().equals(language)) {
                continue;
            }
            for (var g : o.gold()) {
                boolean hit = o.found().stream().anyMatch(f -> sameValue(g, f));
                total++;
                matched += hit ? 1 : 0;
                if (perType != null) {
                    var counts = perType.computeIfAbsent(g.type().name(), k -> new int[2]);
                    counts[0]++;
                    counts[1] += hit ? 1 : 0;
                }
            }
        }
        return total == 0 ? 1.0 : (double) matched / total;
    }

    static boolean sameValue(Entity gold, Entity found) {
        return gold.type() == found.type() && sameText(gold, found)
                && java.util.Objects.equals(gold.role(), found.role())
                && java.util.Objects.equals(gold.unit(), found.unit());
    }

    private static boolean sameText(Entity gold, Entity found) {
        if (gold.type() == org.hotelagent.contracts.nlp.EntityType.amount) {
            return found.value() != null && new java.math.BigDecimal(gold.value())
                    .compareTo(new java.math.BigDecimal(found.value())) == 0;
        }
        return gold.value().equals(found.value());
    }

    static boolean exact(Entity gold, Entity found) {
        return sameValue(gold, found) && gold.start() == found.start() && gold.end() == found.end();
    }
}
