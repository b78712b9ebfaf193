package org.hotelagent.audio.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

@QuarkusTest
@TestProfile(TranscriptionBulkheadTest.OneSlotNoQueue.class)
class TranscriptionBulkheadTest {

    /** One transcription at a time and no waiting: a burst must be turned away, not queued or crashed. */
    public static class OneSlotNoQueue implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("audio.stt.max-concurrent", "1", "audio.stt.max-queue-wait", "0s");
        }
    }

    @Test
    void turnsAwayABurstBeyondTheBoundWithBusyProblems() throws Exception {
        var responses = TranscriptionResourceTest.transcribeAtOnce(4);

        assertThat(responses).extracting(Response::statusCode).containsOnly(200, 503).contains(200, 503);
        assertThat(responses).filteredOn(r -> r.statusCode() == 503)
                .allSatisfy(r -> assertThat(r.jsonPath().getString("type"))
                        .isEqualTo("urn:hotel-agent:problem:busy"));
    }

    @Test
    void servesTheNextRequestOnceTheSlotIsFree() throws Exception {
        TranscriptionResourceTest.transcribeAtOnce(3);

        assertThat(TranscriptionResourceTest.transcribeAtOnce(1)).extracting(Response::statusCode).containsOnly(200);
    }
}
