package org.hotelagent.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * The Graph API stand-in of the benchmarks: accepts every send and media upload at once, and notes when the first
 * message answering each guest message (its {@code context.message_id}) arrived, and when its first voice note and
 * its first other message did (a voice reply goes out before its text).
 * No request journal: a load of tens of thousands of sends would only fill the heap.
 */
final class ReplyClock implements AutoCloseable {

    private static final Pattern CONTEXT = Pattern.compile("\"context\"\\s*:\\s*\\{\\s*\"message_id\"\\s*:\\s*\"([^\"]+)\"");

    final WireMockServer graphApi = new WireMockServer(options().dynamicPort().containerThreads(32)
            .disableRequestJournal().globalTemplating(true));
    final Map<String, Long> firstReply = new ConcurrentHashMap<>();
    final Map<String, Long> voiceReply = new ConcurrentHashMap<>();
    final Map<String, Long> textReply = new ConcurrentHashMap<>();
    final AtomicLong sends = new AtomicLong();

    ReplyClock() {
        graphApi.addMockServiceRequestListener((request, response) -> {
            var body = request.getBodyAsString();
            // Read receipts name the guest's message too, but carry no "to": only real sends count.
            if (!request.getUrl().endsWith("/messages") || !body.contains("\"to\"")) {
                return;
            }
            var now = System.nanoTime();
            var context = CONTEXT.matcher(body);
            if (context.find()) {
                sends.incrementAndGet();
                firstReply.putIfAbsent(context.group(1), now);
                (body.contains("\"type\":\"audio\"") ? voiceReply : textReply).putIfAbsent(context.group(1), now);
            }
        });
        graphApi.start();
        graphApi.stubFor(post(urlPathMatching("/v[0-9.]+/[0-9]+/messages")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"messaging_product\":\"whatsapp\",\"messages\":[{\"id\":\"wamid.out{{randomValue "
                        + "type='UUID'}}\"}]}")));
        graphApi.stubFor(post(urlPathMatching("/v[0-9.]+/[0-9]+/media")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"{{randomValue length=16 type='NUMERIC'}}\"}")));
    }

    String baseUrl() {
        return graphApi.baseUrl();
    }

    @Override
    public void close() {
        graphApi.stop();
    }
}
