package org.hotelagent.perf.domain;

import static io.restassured.RestAssured.given;
import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.kubernetes.client.KubernetesServer;
import io.restassured.path.json.JsonPath;

/** The HPA applier tests' fixture: a service whose advice is known, HPAs on the mock API server, its request log. */
final class Hpas {

    /** Advised 3 replicas whatever the load: its floor in perf-service is 3 and its metrics are unreachable. */
    static final String ADVISED_THREE = "pms-adapter-service";

    private Hpas() {
    }

    /** The advice of {@link #ADVISED_THREE}, with the applier at its default (off). */
    public static class AdviceOfThree implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("perf.services." + ADVISED_THREE + ".metrics-url", "http://127.0.0.1:1/q/metrics",
                    "perf.services." + ADVISED_THREE + ".min-replicas", "3");
        }
    }

    /** The same, with the applier on. */
    public static class ApplyingAdviceOfThree extends AdviceOfThree {

        @Override
        public Map<String, String> getConfigOverrides() {
            var overrides = new HashMap<>(super.getConfigOverrides());
            overrides.put("perf.kubernetes.apply-hints", "true");
            return overrides;
        }
    }

    /** Replaces the HPA {@code name} with a fresh one shaped like those of k8s/base. */
    static void create(KubernetesServer server, String name, int min, int max) {
        var hpas = server.getClient().autoscaling().v2().horizontalPodAutoscalers();
        hpas.withName(name).delete();
        hpas.resource(new HorizontalPodAutoscalerBuilder().withNewMetadata().withName(name).endMetadata()
                .withNewSpec().withNewScaleTargetRef().withApiVersion("apps/v1").withKind("Deployment")
                .withName(name).endScaleTargetRef().withMinReplicas(min).withMaxReplicas(max).endSpec()
                .build()).create();
    }

    static HorizontalPodAutoscaler read(KubernetesServer server, String name) {
        return server.getClient().autoscaling().v2().horizontalPodAutoscalers().withName(name).get();
    }

    /** "METHOD path" of every request the mock API server received since the last call. */
    static List<String> requests(KubernetesServer server) throws InterruptedException {
        var requests = new ArrayList<String>();
        var mock = server.getKubernetesMockServer();
        for (var request = mock.takeRequest(10, MILLISECONDS); request != null;
             request = mock.takeRequest(10, MILLISECONDS)) {
            requests.add(request.getMethod() + " " + request.getPath());
        }
        return requests;
    }

    /** POSTs a refresh and answers the new advice for {@code service}. */
    static JsonPath refresh(String service) {
        var all = given().post("/api/scaling-hints/refresh").then().statusCode(200).extract().jsonPath();
        var index = all.getList("service", String.class).indexOf(service);
        assertThat(index).as("advice for " + service).isNotNegative();
        return all.setRootPath("[" + index + "]");
    }
}
