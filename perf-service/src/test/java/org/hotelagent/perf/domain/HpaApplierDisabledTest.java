package org.hotelagent.perf.domain;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.kubernetes.client.KubernetesServer;
import io.quarkus.test.kubernetes.client.KubernetesTestServer;
import io.quarkus.test.kubernetes.client.WithKubernetesTestServer;

/** perf.kubernetes.apply-hints at its default: an API server is reachable, yet perf-service never calls it. */
@QuarkusTest
@TestProfile(Hpas.AdviceOfThree.class)
@WithKubernetesTestServer(crud = true)
class HpaApplierDisabledTest {

    @KubernetesTestServer
    KubernetesServer server;

    @Test
    void leavesTheHpasAndTheApiServerAlone() throws InterruptedException {
        Hpas.create(server, Hpas.ADVISED_THREE, 1, 4);
        Hpas.requests(server);

        var hint = Hpas.refresh(Hpas.ADVISED_THREE);

        assertThat(Hpas.requests(server)).isEmpty();
        assertThat(hint.getInt("desiredReplicas")).isEqualTo(3);
        assertThat(hint.getMap("hpa")).isNull();
        assertThat(Hpas.read(server, Hpas.ADVISED_THREE).getSpec().getMinReplicas()).isEqualTo(1);
        given().get("/q/metrics").then().statusCode(200).body(not(containsString("hotel_perf_hpa_reconciled")));
    }
}
