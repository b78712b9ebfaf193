package org.hotelagent.orchestrator.support;

import static com.github.tomakehurst.wiremock.client.WireMock.post;

import java.time.LocalDate;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;

import org.hotelagent.orchestrator.client.Pms;
import org.hotelagent.orchestrator.client.PmsClient;

/**
 * The first PMS call of a fresh test JVM builds the REST client and its JSON readers, which on these 2-core CI
 * machines can take longer than the 600 ms read timeout. Tests about replies call once first, so a slow start is
 * not mistaken for an outage.
 */
public final class PmsWarmUp {

    private PmsWarmUp() {
    }

    public static void warmUp(PmsClient client, WireMockServer pms) {
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
