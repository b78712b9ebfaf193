package org.hotelagent.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The orchestrator's own turn timer ({@code hotel_orchestrator_turns_processed_seconds}, a Prometheus histogram):
 * scraped before and after a load phase, the difference gives that phase's turns and their percentiles, to the
 * resolution of the histogram's buckets.
 */
record TurnHistogram(TreeMap<Double, Double> cumulative, double count, double sumSeconds) {

    private static final String NAME = "hotel_orchestrator_turns_processed_seconds";
    private static final Pattern BUCKET = Pattern.compile(NAME + "_bucket\\{[^}]*le=\"([^\"]+)\"[^}]*} (\\S+)");
    private static final Pattern COUNT = Pattern.compile(NAME + "_count\\{[^}]*} (\\S+)");
    private static final Pattern SUM = Pattern.compile(NAME + "_sum\\{[^}]*} (\\S+)");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static TurnHistogram scrape(String orchestratorUrl) {
        try {
            var text = HTTP.send(HttpRequest.newBuilder(URI.create(orchestratorUrl + "/q/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            var buckets = new TreeMap<Double, Double>();
            var bucket = BUCKET.matcher(text);
            while (bucket.find()) {
                // One series per channel: add them up.
                buckets.merge(bound(bucket.group(1)), Double.parseDouble(bucket.group(2)), Double::sum);
            }
            return new TurnHistogram(buckets, total(COUNT, text), total(SUM, text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    TurnHistogram since(TurnHistogram earlier) {
        var buckets = new TreeMap<Double, Double>();
        cumulative.forEach((le, n) -> buckets.put(le, n - earlier.cumulative.getOrDefault(le, 0.0)));
        return new TurnHistogram(buckets, count - earlier.count, sumSeconds - earlier.sumSeconds);
    }

    /** The upper bound, in ms, of the bucket holding the {@code q} quantile (0..1). */
    double quantileMillis(double q) {
        var rank = q * count;
        for (Map.Entry<Double, Double> bucket : cumulative.entrySet()) {
            if (bucket.getValue() >= rank) {
                return bucket.getKey() * 1000;
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    private static double bound(String le) {
        return le.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le);
    }

    private static double total(Pattern pattern, String text) {
        var matcher = pattern.matcher(text);
        var total = 0.0;
        while (matcher.find()) {
            total += Double.parseDouble(matcher.group(1));
        }
        return total;
    }
}
