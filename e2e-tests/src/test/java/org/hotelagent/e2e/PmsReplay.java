package org.hotelagent.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.recordSpec;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * The PMS stand-in of the full-suite benchmark: while recording it passes calls to the real pms-adapter and keeps
 * its answers; then it replays them at a fixed delay, so the PMS's own speed is out of the numbers. It counts the
 * calls, and those it had no recorded answer for.
 */
final class PmsReplay implements AutoCloseable {

    final AtomicInteger calls = new AtomicInteger();
    final AtomicInteger unanswered = new AtomicInteger();
    private final WireMockServer server = new WireMockServer(options().dynamicPort().containerThreads(32)
            .maxRequestJournalEntries(2000).extensions(new ServeEventListener() {
                @Override
                public String getName() {
                    return "bench-pms-calls";
                }

                @Override
                public void afterComplete(ServeEvent event, Parameters parameters) {
                    calls.incrementAndGet();
                    if (!event.getWasMatched()) {
                        unanswered.incrementAndGet();
                    }
                }
            }));

    PmsReplay() {
        server.start();
    }

    String baseUrl() {
        return server.baseUrl();
    }

    void record(String pmsAdapterUrl) {
        server.startRecording(recordSpec().forTarget(pmsAdapterUrl).makeStubsPersistent(false).ignoreRepeatRequests());
    }

    /** Stops recording and answers from then on with what was recorded, after {@code millis}; returns how many. */
    int replay(int millis) {
        server.stopRecording();
        server.setGlobalFixedDelay(millis);
        unanswered.set(0);
        return server.getStubMappings().size();
    }

    @Override
    public void close() {
        server.stop();
    }
}
