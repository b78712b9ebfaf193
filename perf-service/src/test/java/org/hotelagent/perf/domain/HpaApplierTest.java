package org.hotelagent.perf.domain;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.kubernetes.client.KubernetesServer;
import io.quarkus.test.kubernetes.client.KubernetesTestServer;
import io.quarkus.test.kubernetes.client.WithKubernetesTestServer;

/** With perf.kubernetes.apply-hints on, against fabric8's mock API server in CRUD mode standing in for a cluster. */
@QuarkusTest
@TestProfile(Hpas.ApplyingAdviceOfThree.class)
@WithKubernetesTestServer(crud = true)
class HpaApplierTest {

    private static final String SERVICE = Hpas.ADVISED_THREE;

    @KubernetesTestServer
    KubernetesServer server;

    @BeforeEach
    void startFromTheManifestsHpa() throws InterruptedException {
        Hpas.create(server, SERVICE, 1, 4);
        Hpas.requests(server);
    }

    @Test
    void raisesTheHpaMinimumToTheAdviceAndRecordsTheFloor() {
        var hint = Hpas.refresh(SERVICE);

        var hpa = Hpas.read(server, SERVICE);
        assertThat(hint.getInt("desiredReplicas")).isEqualTo(3);
        assertThat(hint.getString("hpa.outcome")).isEqualTo("patched");
        assertThat(hint.getInt("hpa.minReplicas")).isEqualTo(3);
        assertThat(hint.getInt("hpa.floor")).isEqualTo(1);
        assertThat(hint.getString("hpa.patchedAt")).isNotNull();
        assertThat(hpa.getSpec().getMinReplicas()).isEqualTo(3);
        assertThat(hpa.getSpec().getMaxReplicas()).isEqualTo(4);
        assertThat(hpa.getMetadata().getAnnotations())
                .containsEntry("perf.hotelagent.org/min-replicas-floor", "1")
                .containsEntry("perf.hotelagent.org/min-replicas-applied", "3");
    }

    @Test
    void sendsNoPatchWhenTheHpaAlreadyFollowsTheAdvice() throws InterruptedException {
        Hpas.refresh(SERVICE);
        var version = Hpas.read(server, SERVICE).getMetadata().getResourceVersion();
        Hpas.requests(server);

        var hint = Hpas.refresh(SERVICE);

        assertThat(hint.getString("hpa.outcome")).isEqualTo("unchanged");
        assertThat(hint.getInt("hpa.minReplicas")).isEqualTo(3);
        assertThat(Hpas.requests(server)).isNotEmpty().noneMatch(request -> request.startsWith("PATCH"));
        assertThat(Hpas.read(server, SERVICE).getMetadata().getResourceVersion()).isEqualTo(version);
        assertThat(reconciled("unchanged", SERVICE)).isPositive();
    }

    @Test
    void countsAndShowsAMissingHpaAndStillServesTheAdvice() {
        server.getClient().autoscaling().v2().horizontalPodAutoscalers().withName("nlp-service").delete();
        var failuresBefore = reconciled("failed", "nlp-service");

        var hint = Hpas.refresh("nlp-service");

        assertThat(hint.getString("hpa.outcome")).isEqualTo("failed");
        assertThat(hint.getString("hpa.error")).contains("no HorizontalPodAutoscaler nlp-service in namespace test");
        assertThat(reconciled("failed", "nlp-service")).isEqualTo(failuresBefore + 1);
        given().get("/api/scaling-hints/nlp-service").then().statusCode(200).body("service", equalTo("nlp-service"));
        given().get("/q/metrics").then().statusCode(200);
    }

    @Test
    void countsAndShowsAForbiddenAnswerWithoutFailingTheRefresh() {
        server.expect().get().withPath("/apis/autoscaling/v2/namespaces/test/horizontalpodautoscalers/audio-service")
                .andReturn(403, new StatusBuilder().withCode(403).withReason("Forbidden")
                        .withMessage("cannot get resource horizontalpodautoscalers").build())
                .always();

        var hint = Hpas.refresh("audio-service");

        assertThat(hint.getString("hpa.outcome")).isEqualTo("failed");
        assertThat(hint.getString("hpa.error")).contains("403");
        assertThat(reconciled("failed", "audio-service")).isPositive();
    }

    /** The counter's value on /q/metrics, 0 before its first increment. */
    private static double reconciled(String outcome, String service) {
        var exposition = given().get("/q/metrics").then().statusCode(200).extract().asString();
        var series = Pattern.compile("(?m)^hotel_perf_hpa_reconciled_total\\{(?=[^}]*outcome=\"" + outcome
                + "\")(?=[^}]*service=\"" + service + "\")[^}]*} (\\S+)$").matcher(exposition);
        return series.find() ? Double.parseDouble(series.group(1)) : 0;
    }
}
