package org.hotelagent.perf.client;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hotelagent.perf.domain.TimerSample;

/** Reads one timer out of the Prometheus text exposition format (version 0.0.4), the format of {@code /q/metrics}. */
public final class PrometheusText {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})?\\s+(\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private PrometheusText() {
    }

    /**
     * The timer {@code name} (base name, e.g. {@code http_server_requests_seconds}) summed over the series whose
     * labels include all of {@code labels}.
     */
    public static TimerSample timer(String exposition, String name, Map<String, String> labels) {
        var totals = new Totals();
        for (var line : exposition.split("\n")) {
            var sample = SAMPLE.matcher(line);
            if (!line.startsWith("#") && sample.find()) {
                var series = labels(sample.group(3));
                if (series.entrySet().containsAll(labels.entrySet())) {
                    totals.add(sample.group(1).replaceFirst("^" + Pattern.quote(name), ""), series,
                            Double.parseDouble(sample.group(4)));
                }
            }
        }
        return new TimerSample(totals.count, totals.sum, totals.buckets);
    }

    /** The running sums of one timer's series while reading the exposition. */
    private static final class Totals {
        private final Map<Double, Double> buckets = new HashMap<>();
        private double count;
        private double sum;

        void add(String suffix, Map<String, String> series, double value) {
            switch (suffix) {
                case "_count" -> count += value;
                case "_sum" -> sum += value;
                case "_bucket" -> buckets.merge(bound(series.get("le")), value, Double::sum);
                default -> { }
            }
        }
    }

    private static double bound(String le) {
        return "+Inf".equals(le) ? Double.POSITIVE_INFINITY : Double.parseDouble(le);
    }

    private static Map<String, String> labels(String text) {
        var labels = new HashMap<String, String>();
        if (text != null) {
            Matcher label = LABEL.matcher(text);
            while (label.find()) {
                labels.put(label.group(1), label.group(2));
            }
        }
        return labels;
    }
}
