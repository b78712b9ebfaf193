package org.hotelagent.nlp.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * An in-JVM stand-in for audio-service on a dynamic port. It answers nothing by itself (404): each test stubs
 * {@code POST /api/transcriptions} for its own recording bytes, unique per test.
 */
public class AudioServiceStandIn implements QuarkusTestResourceLifecycleManager {

    public static final String TRANSCRIPTIONS = "/api/transcriptions";

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        return Map.of("quarkus.rest-client.audio.url", server.baseUrl());
    }

    /** audio-service's 200 answer. */
    public static ResponseDefinitionBuilder transcript(String text, double confidence, String language) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("""
                {"text": "%s", "confidence": %s, "words": [], "language": "%s", "durationMillis": 2400,
                 "processingMillis": 310}""".formatted(text, confidence, language));
    }

    /** audio-service's RFC 9457 problem answer. */
    public static ResponseDefinitionBuilder problem(int status, String kind) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json").withBody("""
                {"type": "urn:hotel-agent:problem:%s", "title": "%s", "status": %d}""".formatted(kind, kind, status));
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(server, new TestInjector.MatchesType(WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
