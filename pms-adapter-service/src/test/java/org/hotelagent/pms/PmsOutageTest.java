package org.hotelagent.pms;

import static io.restassured.RestAssured.given;
import static io.restassured.http.ContentType.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hotelagent.pms.TestHotels.inDays;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import org.hotelagent.observability.CapturedLogs;
import org.hotelagent.observability.LogContext;

/** A database that accepts connections but never answers: callers get a typed 503 within the timeout, not a hang. */
@QuarkusTest
@TestProfile(PmsOutageTest.SilentDatabaseProfile.class)
class PmsOutageTest {

    /** The reactive datasource points at {@link SilentDatabase}; every timeout shortened to 300 ms. */
    public static class SilentDatabaseProfile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("Timeout/value", "300");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(SilentDatabase.class));
        }
    }

    @TestHTTPResource("/api/")
    URI api;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void answersPmsUnavailableFastWhenTheDatabaseDoesNotAnswer() throws Exception {
        var body = "{\"checkIn\": \"" + inDays(5) + "\", \"checkOut\": \"" + inDays(7)
                + "\", \"rooms\": [{\"adults\": 2}]}";
        var requests = List.of(
                HttpRequest.newBuilder(api.resolve("hotels/demo-hotel/room-types")).GET(),
                HttpRequest.newBuilder(api.resolve("hotels/demo-hotel/availability"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)),
                HttpRequest.newBuilder(api.resolve("bookings/HR-2026-00001")).GET());

        // Unmeasured first round: on a shared 2-core host the application's first requests are slow by themselves.
        for (var request : requests) {
            http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        }
        for (var request : requests) {
            var started = System.nanoTime();
            var response = http.send(request.timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2000));
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.body()).contains("urn:hotel-agent:problem:pms-unavailable");
        }
    }

    @Test
    void namesTheGuestMessageOnTheOutageWarning() {
        var correlation = UUID.randomUUID().toString();

        try (var logs = CapturedLogs.start()) {
            given().contentType(JSON).header("Idempotency-Key", correlation)
                    .header("X-Conversation-Id", "whatsapp:demo-hotel:34600111222")
                    .header("X-Correlation-Id", correlation)
                    .body(Stays.booking("suite", inDays(30), inDays(32), 2))
                    .post("/api/hotels/demo-hotel/bookings").then().statusCode(503);

            assertThat(logs.lines()).filteredOn(line -> line.message().startsWith("The PMS did not answer"))
                    .extracting(CapturedLogs.Line::mdc)
                    .anySatisfy(mdc -> assertThat(mdc).containsEntry(LogContext.CORRELATION_ID, correlation)
                            .containsEntry(LogContext.CONVERSATION_ID, "whatsapp:demo-hotel:***1222")
                            .containsEntry(LogContext.HOTEL_ID, "demo-hotel"));
        }
    }
}
