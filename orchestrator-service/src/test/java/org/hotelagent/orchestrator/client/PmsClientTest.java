package org.hotelagent.orchestrator.client;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;


import org.junit.jupiter.api.Test;


import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.hotelagent.orchestrator.support.PmsStandIn;
import org.hotelagent.orchestrator.support.PmsWarmUp;

@QuarkusTest
@WithTestResource(value = PmsStandIn.class, scope = TestResourceScope.GLOBAL)
class PmsClientTest extends PmsWarmUp {

    @Test
    void aRefusalIsAnAnswerWithItsProblemKind() {
        var reference = "HR-2026-" + UUID.randomUUID();
        pms.stubFor(get("/api/bookings/" + reference).willReturn(PmsStandIn.problem(404, "booking-not-found")));

        var answer = client.booking(reference).await().atMost(Duration.ofSeconds(5));

        assertThat(answer).isEqualTo(new PmsResult.Refused<>(404, "booking-not-found"));
        pms.verify(1, getRequestedFor(urlPathEqualTo("/api/bookings/" + reference)));
    }

    @Test
    void readsAreRetriedOnceAndWritesNeverWhenThePmsFails() {
        var hotel = "hotel-" + UUID.randomUUID();
        var reference = "HR-2026-" + UUID.randomUUID();
        pms.stubFor(post(PmsStandIn.availability(hotel)).willReturn(PmsStandIn.problem(503, "pms-unavailable")));
        pms.stubFor(post("/api/bookings/" + reference + "/cancellation")
                .willReturn(PmsStandIn.problem(503, "pms-unavailable")));
        var caller = new PmsClient.Caller("whatsapp:" + hotel + ":1", "corr-1", "whatsapp");

        assertThatThrownBy(() -> client.quote(hotel, request()).await().atMost(Duration.ofSeconds(5)))
                .isNotInstanceOf(PmsRefusal.class);
        assertThatThrownBy(() -> client.cancel(reference, caller).await().atMost(Duration.ofSeconds(5)))
                .isNotInstanceOf(PmsRefusal.class);

        pms.verify(2, postRequestedFor(urlPathEqualTo(PmsStandIn.availability(hotel))));
        pms.verify(1, postRequestedFor(urlPathEqualTo("/api/bookings/" + reference + "/cancellation"))
                .withHeader("X-Conversation-Id", equalTo("whatsapp:" + hotel + ":1"))
                .withHeader("X-Correlation-Id", equalTo("corr-1")));
    }

    @Test
    void aSlowPmsIsGivenUpWellWithinTwoSeconds() {
        var hotel = "hotel-" + UUID.randomUUID();
        pms.stubFor(post(PmsStandIn.availability(hotel)).willReturn(PmsStandIn.quote(hotel, "2026-12-01",
                "2026-12-02", 1).withFixedDelay(4_000)));
        var started = System.nanoTime();

        assertThatThrownBy(() -> client.quote(hotel, request()).await().atMost(Duration.ofSeconds(5)))
                .hasMessageContaining("timed out");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1_800));
    }

    private static Pms.QuoteRequest request() {
        return new Pms.QuoteRequest(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-02"),
                List.of(new Pms.Room(2, 0)));
    }
}
