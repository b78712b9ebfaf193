package org.hotelagent.perf.client;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;

import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import org.hotelagent.perf.domain.HpaBounds;

/**
 * Reads and patches the autoscaling/v2 HorizontalPodAutoscalers of perf-service's own namespace (fabric8 client,
 * in-cluster service account). Blocking: call it from a worker thread.
 */
@ApplicationScoped
public class HpaClient {

    static final String FLOOR = "perf.hotelagent.org/min-replicas-floor";
    static final String APPLIED = "perf.hotelagent.org/min-replicas-applied";

    private final KubernetesClient kubernetes;

    HpaClient(KubernetesClient kubernetes) {
        this.kubernetes = kubernetes;
    }

    public String namespace() {
        return kubernetes.getNamespace();
    }

    /** The HPA's bounds and our annotations; empty when there is no HPA of that name. */
    public Optional<HpaBounds> bounds(String name) {
        var hpa = kubernetes.autoscaling().v2().horizontalPodAutoscalers().withName(name).get();
        return Optional.ofNullable(hpa).map(HpaClient::bounds);
    }

    /**
     * Sets minReplicas and records the floor, in one JSON merge patch that carries the resourceVersion read: the API
     * server answers 409 instead of applying it if the HPA changed in between (the next decision tick reads again).
     */
    public void patch(String name, HpaBounds seen, HpaBounds.Patch patch) {
        var body = JsonNodeFactory.instance.objectNode();
        var metadata = body.putObject("metadata").put("resourceVersion", seen.resourceVersion());
        metadata.putObject("annotations").put(FLOOR, String.valueOf(patch.floor()))
                .put(APPLIED, String.valueOf(patch.minReplicas()));
        body.putObject("spec").put("minReplicas", patch.minReplicas());
        kubernetes.autoscaling().v2().horizontalPodAutoscalers().withName(name)
                .patch(PatchContext.of(PatchType.JSON_MERGE), body.toString());
    }

    private static HpaBounds bounds(HorizontalPodAutoscaler hpa) {
        var annotations = Optional.ofNullable(hpa.getMetadata().getAnnotations()).orElse(Map.of());
        // minReplicas is optional in autoscaling/v2 and defaults to 1.
        var min = Optional.ofNullable(hpa.getSpec().getMinReplicas()).orElse(1);
        return new HpaBounds(hpa.getMetadata().getResourceVersion(), min, hpa.getSpec().getMaxReplicas(),
                integer(annotations.get(FLOOR)), integer(annotations.get(APPLIED)));
    }

    /** Annotations can be edited by hand: one that is not a number counts as absent. */
    private static OptionalInt integer(String annotation) {
        try {
            return annotation == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(annotation.trim()));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
