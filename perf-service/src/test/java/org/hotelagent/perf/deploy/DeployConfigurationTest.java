package org.hotelagent.perf.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * deploy/ is valid for the tools that load it, and every metric its dashboards and alert rules read is one a
 * service exports (deploy/metrics/exported-metrics.txt).
 */
class DeployConfigurationTest {

    private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\(\\s*([a-zA-Z_:][\\w:]*)\\s*,");

    @Test
    void promtoolAcceptsTheRulesAndTheConfiguration() throws Exception {
        var promtool = promtool();
        // Required, not assumed: the test command installs it (scripts/install-promtool.sh), so a skip would hide a gap.
        assertThat(promtool).as("promtool on PATH: run scripts/install-promtool.sh").isPresent();
        var rules = new ArrayList<>(List.of(promtool.get().toString(), "check", "rules"));
        rules.addAll(ruleFiles().stream().map(Path::toString).toList());

        assertSucceeds(rules);
        assertSucceeds(List.of(promtool.get().toString(), "check", "config",
                Repository.path("deploy/prometheus/prometheus.yml").toString()));
    }

    @Test
    void dashboardsAndRulesReadOnlyExportedMetrics() {
        var known = new TreeSet<>(ExportedMetrics.load().names());
        known.addAll(recordedNames());
        var unknown = new TreeMap<String, String>();

        expressions().forEach((where, expression) -> PromQl.metricNames(expression).stream()
                .filter(name -> !known.contains(name)).forEach(name -> unknown.put(name, where)));

        assertThat(unknown).as("metrics no service exports (add them to the service or remove them)").isEmpty();
        assertThat(expressions()).hasSizeGreaterThan(40);
    }

    @Test
    void theExportedMetricsListIsWellFormed() {
        var entries = ExportedMetrics.load().entries();

        assertThat(entries).isNotEmpty();
        assertThat(entries).allSatisfy(entry -> assertThat(ExportedMetrics.origins()).contains(entry.origin()));
        assertThat(entries.stream().map(ExportedMetrics.Entry::name).distinct()).hasSameSizeAs(entries);
    }

    @Test
    void criticalAlertsPageTheOnCallAndSecretsStayPlaceholders() throws IOException {
        var file = Repository.path("deploy/alertmanager/alertmanager.yml");
        var config = Repository.yaml(file);
        var critical = config.path("route").path("routes").get(0);

        assertThat(critical.path("matchers").get(0).asText()).isEqualTo("severity = \"critical\"");
        assertThat(critical.path("receiver").asText()).isEqualTo("oncall-email");
        assertThat(Files.readString(file)).contains("${ONCALL_EMAIL}", "${ALERT_SMTP_PASSWORD}");
        assertThat(ruleDocuments()).flatMap(rules -> rules.findValues("severity"))
                .extracting(JsonNode::asText).containsOnly("critical", "warning");
    }

    @Test
    void prometheusScrapesAllSixServicesOnTheirMetricsPath() {
        var jobs = Repository.yaml(Repository.path("deploy/prometheus/prometheus.yml")).path("scrape_configs");

        assertThat(jobs.findValuesAsText("job_name")).containsExactlyInAnyOrder("gateway-service", "nlp-service",
                "orchestrator-service", "pms-adapter-service", "audio-service", "perf-service");
        assertThat(jobs.findValuesAsText("metrics_path")).containsOnly("/q/metrics");
    }

    /** Where (file and panel or rule) → PromQL expression, for every rule and dashboard query. */
    static Map<String, String> expressions() {
        var expressions = new TreeMap<String, String>();
        for (var file : ruleFiles()) {
            for (var group : Repository.yaml(file).path("groups")) {
                for (var rule : group.path("rules")) {
                    var name = rule.has("alert") ? rule.path("alert").asText() : rule.path("record").asText();
                    expressions.put(file.getFileName() + " " + name, rule.path("expr").asText());
                }
            }
        }
        for (var file : dashboards()) {
            var dashboard = Repository.yaml(file);
            for (var panel : dashboard.path("panels")) {
                for (var target : panel.path("targets")) {
                    expressions.put(file.getFileName() + " " + panel.path("title").asText() + " "
                            + target.path("refId").asText(), target.path("expr").asText());
                }
            }
            for (var variable : dashboard.path("templating").path("list")) {
                var metric = LABEL_VALUES.matcher(variable.path("query").asText());
                if (metric.find()) {
                    expressions.put(file.getFileName() + " $" + variable.path("name").asText(), metric.group(1));
                }
            }
        }
        return expressions;
    }

    static List<String> recordedNames() {
        return ruleDocuments().stream().flatMap(rules -> rules.findValuesAsText("record").stream()).toList();
    }

    static List<JsonNode> ruleDocuments() {
        return ruleFiles().stream().map(Repository::yaml).toList();
    }

    static List<Path> ruleFiles() {
        return list("deploy/prometheus/rules", ".yml");
    }

    static List<Path> dashboards() {
        return list("deploy/grafana/dashboards", ".json");
    }

    private static List<Path> list(String directory, String suffix) {
        try (Stream<Path> files = Files.list(Repository.path(directory))) {
            return files.filter(file -> file.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Optional<Path> promtool() {
        return Stream.of(System.getenv("PATH").split(File.pathSeparator))
                .map(directory -> Path.of(directory, "promtool")).filter(Files::isExecutable).findFirst();
    }

    private static void assertSucceeds(List<String> command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("promtool finished").isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
    }
}
