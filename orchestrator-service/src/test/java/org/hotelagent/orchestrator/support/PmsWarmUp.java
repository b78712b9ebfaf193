package org.hotelagent.orchestrator.support;

import static com.github.tomakehurst.wiremock.client.WireMock.post;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.hotelagent.orchestrator.client.Pms;
import org.hotelagent.orchestrator.client.PmsClient;

/**
 * The base of tests that talk to the PMS stand-in (given by {@link PmsStandIn}): the stand-in and the client are
 * injected, and the circuit breakers are closed after each test so one test's outage does not leak into the next.
 * The first PMS call of a fresh test JVM builds the REST client and its JSON readers, which on these 2-core CI
 * machines can take longer than the 600 ms read timeout: each test calls once first, so a slow start is not
 * mistaken for an outage.
 */
public abstract class PmsWarmUp {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    protected String bootstrapServers;

    protected WireMockServer pms;

    @Inject
    protected PmsClient client;

    @AfterEach
    void closeBreakers() {
        CircuitBreakerMaintenance.get().resetAll();
    }

    @BeforeEach
    void warmUp() {
        pms.stubFor(post(PmsStandIn.availability("warm-up")).willReturn(PmsStandIn.quote("warm-up", "2026-12-01",
                "2026-12-02", 1)));
        var request = new Pms.QuoteRequest(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-02"),
                List.of(new Pms.Room(1, 0)));
        for (var attempt = 0; attempt < 3; attempt++) {
            try {
                client.quote("warm-up", request).await().indefinitely();
                return;
            } catch (RuntimeException slowStart) {
                // the next attempt finds the client built
            }
        }
    }
}
