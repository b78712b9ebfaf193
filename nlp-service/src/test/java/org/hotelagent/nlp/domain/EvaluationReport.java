package org.hotelagent.nlp.domain;

import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import org.hotelagent.contracts.nlp.Intent;

/** Renders an evaluation as plain text: the numbers issue 4 asks for. */
final class EvaluationReport {

    private EvaluationReport() {
    }

    static String render(List<Evaluation.Outcome> outcomes) {
        var out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "utterances %d, intent accuracy %.3f, macro-F1 %.3f%n",
                outcomes.size(), Evaluation.accuracy(outcomes, null), macroF1(outcomes)));
        for (var language : List.of("es", "en", "pt")) {
            out.append(String.format(Locale.ROOT, "  %s accuracy %.3f, entity value match %.3f%n", language,
                    Evaluation.accuracy(outcomes, language),
                    Evaluation.entityValueRecall(outcomes, language, null)));
        }
        out.append(calibration(outcomes));
        out.append("\nintent                 precision recall  support\n");
        for (var intent : Intent.values()) {
            double[] pr = precisionRecall(outcomes, intent);
            long support = outcomes.stream().filter(o -> o.expected() == intent).count();
            out.append(String.format(Locale.ROOT, "%-22s %9.3f %6.3f %8d%n", intent, pr[0], pr[1], support));
        }
        out.append("\nconfusion (rows expected, columns predicted, by intent index)\n    ");
        for (int j = 0; j < Intent.values().length; j++) {
            out.append(String.format("%3d", j));
        }
        out.append('\n');
        for (var expected : Intent.values()) {
            out.append(String.format("%2d  ", expected.ordinal()));
            for (var predicted : Intent.values()) {
                long n = outcomes.stream().filter(o -> o.expected() == expected && o.predicted() == predicted).count();
                out.append(String.format("%3s", n == 0 ? "." : String.valueOf(n)));
            }
            out.append("  ").append(expected).append('\n');
        }
        entities(outcomes, out);
        out.append("\nintent errors\n");
        outcomes.stream().filter(o -> o.expected() != o.predicted()).forEach(o -> out.append(String.format(
                Locale.ROOT, "  %s %s -> %s (%.2f): %s%n", o.id(), o.expected(), o.predicted(), o.confidence(),
                o.text())));
        return out.toString();
    }

    /** Mean top-intent confidence on hits and misses, and the expected calibration error over ten bins. */
    static String calibration(List<Evaluation.Outcome> outcomes) {
        var hits = outcomes.stream().filter(o -> o.expected() == o.predicted())
                .mapToDouble(Evaluation.Outcome::confidence).average().orElse(0);
        var misses = outcomes.stream().filter(o -> o.expected() != o.predicted())
                .mapToDouble(Evaluation.Outcome::confidence).average().orElse(0);
        double error = 0;
        for (int bin = 0; bin < 10; bin++) {
            double low = bin / 10.0;
            double high = bin == 9 ? 1.0001 : (bin + 1) / 10.0;
            var in = outcomes.stream().filter(o -> o.confidence() >= low && o.confidence() < high).toList();
            if (!in.isEmpty()) {
                double confidence = in.stream().mapToDouble(Evaluation.Outcome::confidence).average().orElse(0);
                error += Math.abs(Evaluation.accuracy(in, null) - confidence) * in.size() / outcomes.size();
            }
        }
        return String.format(Locale.ROOT, "  confidence: mean %.2f when right, %.2f when wrong; expected calibration "
                + "error %.3f%n", hits, misses, error);
    }

    private static void entities(List<Evaluation.Outcome> outcomes, StringBuilder out) {
        out.append("\nentities (gold count, exact match, value match) per type and language\n");
        for (var language : List.of("es", "en", "pt")) {
            var rows = new TreeMap<String, int[]>();
            for (var o : outcomes) {
                if (!o.language().equals(language)) {
                    continue;
                }
                for (var g : o.gold()) {
                    var row = rows.computeIfAbsent(g.type().name(), k -> new int[3]);
                    row[0]++;
                    row[1] += o.found().stream().anyMatch(f -> Evaluation.exact(g, f)) ? 1 : 0;
                    row[2] += o.found().stream().anyMatch(f -> Evaluation.sameValue(g, f)) ? 1 : 0;
                }
            }
            rows.forEach((type, row) -> out.append(String.format(Locale.ROOT, "  %s %-18s %3d exact %.2f value %.2f%n",
                    language, type, row[0], (double) row[1] / row[0], (double) row[2] / row[0])));
        }
        out.append("\nentity misses (gold not found by value) and extras (found, not in gold)\n");
        for (var o : outcomes) {
            o.gold().stream().filter(g -> o.found().stream().noneMatch(f -> Evaluation.sameValue(g, f)))
                    .forEach(g -> out.append("  miss  ").append(o.id()).append(' ').append(g.type()).append('=')
                            .append(g.value()).append(g.role() == null ? "" : "/" + g.role()).append(" in: ")
                            .append(o.text()).append('\n'));
            o.found().stream().filter(f -> o.gold().stream().noneMatch(g -> Evaluation.sameValue(g, f)))
                    .forEach(f -> out.append("  extra ").append(o.id()).append(' ').append(f.type()).append('=')
                            .append(f.value()).append(f.role() == null ? "" : "/" + f.role()).append(" '")
                            .append(f.text()).append("'\n"));
        }
    }

    private static double macroF1(List<Evaluation.Outcome> outcomes) {
        double sum = 0;
        for (var intent : Intent.values()) {
            double[] pr = precisionRecall(outcomes, intent);
            sum += pr[0] + pr[1] == 0 ? 0 : 2 * pr[0] * pr[1] / (pr[0] + pr[1]);
        }
        return sum / Intent.values().length;
    }

    private static double[] precisionRecall(List<Evaluation.Outcome> outcomes, Intent intent) {
        long tp = outcomes.stream().filter(o -> o.expected() == intent && o.predicted() == intent).count();
        long predicted = outcomes.stream().filter(o -> o.predicted() == intent).count();
        long actual = outcomes.stream().filter(o -> o.expected() == intent).count();
        return new double[]{predicted == 0 ? 0 : (double) tp / predicted, actual == 0 ? 0 : (double) tp / actual};
    }
}
