package org.hotelagent.perf.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/**
 * Every manifest the Kustomize base lists parses into fabric8's Kubernetes model, and each service has what it needs
 * to run and scale safely: probes on /q/health/*, requests and limits, an HPA, a PDB, a Service and a ServiceMonitor;
 * perf-service's RBAC grants only what its HPA applier uses, and only prod turns the applier on.
 */
class KubernetesManifestsTest {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static List<HasMetadata> resources;

    @BeforeAll
    static void parseTheBase() throws IOException {
        resources = new ArrayList<>();
        var base = Repository.path("k8s/base");
        for (var file : Repository.yaml(base.resolve("kustomization.yaml")).path("resources")) {
            for (var document : Repository.documents(base.resolve(file.asText()))) {
                resources.add(SERIALIZATION.unmarshal(Repository.YAML.writeValueAsString(document)));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"gateway-service", "nlp-service", "orchestrator-service", "pms-adapter-service",
            "audio-service", "perf-service"})
    void eachServiceHasProbesResourcesHpaPdbServiceAndServiceMonitor(String service) {
        var deployment = one(Deployment.class, service);
        var container = deployment.getSpec().getTemplate().getSpec().getContainers().getFirst();

        assertThat(path(container.getLivenessProbe())).isEqualTo("/q/health/live");
        assertThat(path(container.getReadinessProbe())).isEqualTo("/q/health/ready");
        assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
        assertThat(container.getResources().getLimits()).containsKeys("cpu", "memory");
        assertThat(container.getEnvFrom()).anyMatch(source -> source.getConfigMapRef() != null);
        var hpa = one(HorizontalPodAutoscaler.class, service);
        assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(service);
        assertThat(hpa.getSpec().getMinReplicas()).isBetween(1, hpa.getSpec().getMaxReplicas());
        assertThat(one(PodDisruptionBudget.class, service).getSpec().getSelector().getMatchLabels())
                .isEqualTo(deployment.getSpec().getSelector().getMatchLabels());
        assertThat(one(Service.class, service).getSpec().getSelector())
                .isEqualTo(deployment.getSpec().getSelector().getMatchLabels());
        assertThat(generic("ServiceMonitor", service).getAdditionalProperties().toString()).contains("/q/metrics");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gateway-service:replies-composed", "nlp-service:messages-received",
            "orchestrator-service:messages-interpreted"})
    void kafkaConsumersScaleOnTheAdviceUpToTheirPartitionCount(String serviceAndTopic) {
        var service = serviceAndTopic.split(":")[0];
        var topic = serviceAndTopic.split(":")[1];
        var hpa = one(HorizontalPodAutoscaler.class, service);

        assertThat(hpa.getSpec().getMaxReplicas()).isEqualTo(topicsTxt().get(topic));
        assertThat(hpa.getSpec().getMetrics()).anySatisfy(metric -> {
            assertThat(metric.getExternal().getMetric().getName()).isEqualTo("hotel_perf_replicas_desired");
            assertThat(metric.getExternal().getMetric().getSelector().getMatchLabels()).containsEntry("service",
                    service);
        });
    }

    @Test
    void strimziTopicsHaveThePartitionCountsOfTopicsTxt() {
        var topics = resources.stream().filter(resource -> resource.getKind().equals("KafkaTopic"))
                .map(GenericKubernetesResource.class::cast)
                .collect(Collectors.toMap(topic -> topic.getMetadata().getName(),
                        topic -> ((Number) topic.<Object>get("spec", "partitions")).intValue(), (a, b) -> a,
                        TreeMap::new));

        assertThat(topics).isEqualTo(new TreeMap<>(topicsTxt()));
    }

    @Test
    void kafkaRunsInKraftMode() {
        var kafka = generic("Kafka", "hotel-kafka");

        assertThat(kafka.getMetadata().getAnnotations()).containsEntry("strimzi.io/kraft", "enabled");
        assertThat(generic("KafkaNodePool", "dual-role").<List<String>>get("spec", "roles"))
                .containsExactlyInAnyOrder("controller", "broker");
    }

    @Test
    void audioMountsTheSpeechModelsAndPerfServiceRunsWithItsServiceAccount() {
        var audio = one(Deployment.class, "audio-service").getSpec().getTemplate().getSpec();
        var perf = one(Deployment.class, "perf-service").getSpec().getTemplate().getSpec();

        assertThat(audio.getVolumes()).anyMatch(volume -> volume.getPersistentVolumeClaim() != null
                && volume.getPersistentVolumeClaim().getClaimName().equals("audio-speech-models"));
        assertThat(perf.getServiceAccountName()).isEqualTo("perf-service");
        assertThat(resources).anyMatch(resource -> resource.getKind().equals("RoleBinding")
                && resource.getMetadata().getName().equals("perf-service"));
        assertThat(resources).filteredOn(resource -> resource.getKind().equals("NetworkPolicy")).hasSizeGreaterThan(6);
    }

    @Test
    void perfServiceMayOnlyGetAndPatchTheHpasItAdvisesInItsNamespace() {
        var rules = one(Role.class, "perf-service").getRules();
        var binding = one(RoleBinding.class, "perf-service");

        assertThat(resources).noneMatch(resource -> resource.getKind().startsWith("Cluster"));
        assertThat(rules).singleElement().satisfies(rule -> {
            assertThat(rule.getApiGroups()).containsExactly("autoscaling");
            assertThat(rule.getResources()).containsExactly("horizontalpodautoscalers");
            assertThat(rule.getVerbs()).containsExactlyInAnyOrder("get", "patch");
            assertThat(new TreeSet<>(rule.getResourceNames())).isEqualTo(advisedServices());
        });
        assertThat(binding.getRoleRef().getKind()).isEqualTo("Role");
        assertThat(binding.getRoleRef().getName()).isEqualTo("perf-service");
        assertThat(binding.getSubjects()).singleElement().satisfies(subject -> {
            assertThat(subject.getKind()).isEqualTo("ServiceAccount");
            assertThat(subject.getName()).isEqualTo("perf-service");
        });
    }

    @Test
    void onlyProdAppliesTheAdviceToTheHpas() throws IOException {
        assertThat(one(ConfigMap.class, "perf-service").getData()).containsEntry("PERF_APPLY_HINTS", "false");

        assertThat(applyHintsPatches("dev")).isEmpty();
        assertThat(applyHintsPatches("prod")).singleElement().satisfies(operation -> {
            assertThat(operation.path("op").asText()).isEqualTo("replace");
            assertThat(operation.path("value").asText()).isEqualTo("true");
        });
    }

    @Test
    void thePrometheusRuleCarriesExactlyTheRulesOfDeploy() {
        var rule = generic("PrometheusRule", "hotel-agent");
        var groups = Repository.YAML.valueToTree(rule.getAdditionalProperties().get("spec")).path("groups");
        var deployGroups = Repository.YAML.createArrayNode();
        DeployConfigurationTest.ruleDocuments().forEach(document -> deployGroups.addAll(
                (com.fasterxml.jackson.databind.node.ArrayNode) document.path("groups")));

        assertThat((JsonNode) groups).isEqualTo(deployGroups);
    }

    @Test
    void everyManifestInTheBaseIsListedAndOverlaysBuildOnIt() throws IOException {
        var base = Repository.path("k8s/base");
        var listedFiles = new ArrayList<String>();
        Repository.yaml(base.resolve("kustomization.yaml")).path("resources")
                .forEach(file -> listedFiles.add(file.asText()));
        try (var files = Files.walk(base)) {
            var present = files.filter(file -> file.toString().endsWith(".yaml"))
                    .map(file -> base.relativize(file).toString())
                    .filter(file -> !file.equals("kustomization.yaml")).toList();
            assertThat(listedFiles).containsExactlyInAnyOrderElementsOf(present);
        }
        for (var overlay : List.of("dev", "prod")) {
            var kustomization = Repository.yaml(Repository.path("k8s/overlays/" + overlay + "/kustomization.yaml"));
            assertThat(kustomization.path("resources").get(0).asText()).isEqualTo("../../base");
            kustomization.path("patches").forEach(patch -> assertThat(resources)
                    .as(overlay + " patch target " + patch.path("target"))
                    .anyMatch(resource -> resource.getKind().equals(patch.path("target").path("kind").asText())));
        }
    }

    /** The keys of perf.services in perf-service's application.properties. */
    private static TreeSet<String> advisedServices() {
        var key = Pattern.compile("^perf\\.services\\.([^.]+)\\.");
        return Repository.lines("perf-service/src/main/resources/application.properties").stream()
                .map(key::matcher).filter(Matcher::find).map(matcher -> matcher.group(1))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The JSON-patch operations of an overlay that set perf-service's PERF_APPLY_HINTS. */
    private static List<JsonNode> applyHintsPatches(String overlay) throws IOException {
        var operations = new ArrayList<JsonNode>();
        var kustomization = Repository.yaml(Repository.path("k8s/overlays/" + overlay + "/kustomization.yaml"));
        for (var patch : kustomization.path("patches")) {
            if (patch.path("target").path("kind").asText().equals("ConfigMap")
                    && patch.path("target").path("name").asText().equals("perf-service")) {
                Repository.YAML.readTree(patch.path("patch").asText()).forEach(operations::add);
            }
        }
        return operations.stream()
                .filter(operation -> operation.path("path").asText().equals("/data/PERF_APPLY_HINTS")).toList();
    }

    private static String path(Probe probe) {
        return probe.getHttpGet().getPath();
    }

    private static <T extends HasMetadata> T one(Class<T> type, String name) {
        var found = resources.stream().filter(type::isInstance).map(type::cast)
                .filter(resource -> resource.getMetadata().getName().equals(name)).toList();
        assertThat(found).as(type.getSimpleName() + " " + name).hasSize(1);
        return found.getFirst();
    }

    private static GenericKubernetesResource generic(String kind, String name) {
        var found = resources.stream().filter(resource -> resource.getKind().equals(kind))
                .filter(resource -> resource.getMetadata().getName().equals(name))
                .map(GenericKubernetesResource.class::cast).toList();
        assertThat(found).as(kind + " " + name).hasSize(1);
        return found.getFirst();
    }

    private static Map<String, Integer> topicsTxt() {
        return Repository.lines("scripts/topics.txt").stream().map(line -> line.split("\\s+"))
                .collect(Collectors.toMap(fields -> fields[0], fields -> Integer.parseInt(fields[1])));
    }
}
