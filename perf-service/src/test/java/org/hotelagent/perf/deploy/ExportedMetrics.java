package org.hotelagent.perf.deploy;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** deploy/metrics/exported-metrics.txt: the metric series the services export, who exports them, how we know. */
public record ExportedMetrics(List<Entry> entries) {

    /** One line: a series name, its exporters ("all", "prometheus" or service names) and its origin. */
    public record Entry(String name, Set<String> exporters, String origin) {
    }

    public static ExportedMetrics load() {
        return new ExportedMetrics(Repository.lines("deploy/metrics/exported-metrics.txt").stream()
                .map(line -> line.split("\\s+"))
                .map(fields -> new Entry(fields[0], Set.of(fields[1].split(",")), fields[2]))
                .toList());
    }

    public Set<String> names() {
        return entries.stream().map(Entry::name).collect(Collectors.toSet());
    }

    /** Entries a running perf-service must expose: scraped ones exported by all services or by perf-service. */
    public List<String> scrapedFromPerfService() {
        return entries.stream().filter(entry -> entry.origin().equals("scraped"))
                .filter(entry -> entry.exporters().contains("all") || entry.exporters().contains("perf-service"))
                .map(Entry::name).toList();
    }

    static Set<String> origins() {
        return Arrays.stream(new String[] {"scraped", "code", "prometheus"}).collect(Collectors.toSet());
    }
}
