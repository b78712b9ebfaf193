package org.hotelagent.orchestrator.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * An in-JVM stand-in for pms-adapter-service on a dynamic port, answering in its documented shapes
 * (AvailabilityResponse, BookingResponse, RFC 9457 problems). It answers nothing by itself (404): each test stubs
 * the paths of its own hotel and booking references, unique per test.
 */
public class PmsStandIn implements QuarkusTestResourceLifecycleManager {

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        return Map.of("quarkus.rest-client.pms.url", server.baseUrl());
    }

    public static String availability(String hotel) {
        return "/api/hotels/" + hotel + "/availability";
    }

    public static String bookings(String hotel) {
        return "/api/hotels/" + hotel + "/bookings";
    }

    /** pms-adapter's 200 quote: the stay and the offers. */
    public static ResponseDefinitionBuilder quote(String hotel, String checkIn, String checkOut, int nights,
                                                  String... offers) {
        return json(200, """
                {"hotelId": "%s", "checkIn": "%s", "checkOut": "%s", "nights": %d, "currency": "EUR",
                 "offers": [%s]}""".formatted(hotel, checkIn, checkOut, nights, String.join(",", offers)));
    }

    /** One room type of a quote; the nightly prices split the total evenly over two nights. */
    public static String offer(String id, String es, String en, String pt, int available, String total,
                               String night1, String night2) {
        return """
                {"roomTypeId": "%s", "names": {"es": "%s", "en": "%s", "pt": "%s"}, "available": %d,
                 "nightly": [{"night": "2026-12-01", "price": %s}, {"night": "2026-12-02", "price": %s}],
                 "total": %s, "taxes": 0.00, "taxesIncluded": true}"""
                .formatted(id, es, en, pt, available, night1, night2, total);
    }

    /** pms-adapter's BookingResponse. */
    public static String booking(String reference, String hotel, String status, String roomType, String checkIn,
                                 String checkOut, int adults, String total, Map<String, String> guest) {
        var contact = guest.entrySet().stream().map(e -> "\"%s\": \"%s\"".formatted(e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
        return """
                {"reference": "%s", "hotelId": "%s", "status": "%s", "roomTypeId": "%s", "roomNumber": "201",
                 "checkIn": "%s", "checkOut": "%s", "adults": %d, "children": 0, "nightly": [], "total": %s,
                 "taxes": 0.00, "currency": "EUR", "guest": {%s}}"""
                .formatted(reference, hotel, status, roomType, checkIn, checkOut, adults, total, contact);
    }

    public static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    /** pms-adapter's RFC 9457 problem answer. */
    public static ResponseDefinitionBuilder problem(int status, String kind) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json").withBody("""
                {"type": "urn:hotel-agent:problem:%s", "title": "%s", "status": %d, "detail": "stand-in"}"""
                .formatted(kind, kind, status));
    }

    /** Every response body the stand-in served on paths containing {@code fragment}: the facts replies may use. */
    public static List<String> servedBodies(WireMockServer server, String fragment) {
        return server.getAllServeEvents().stream().filter(e -> e.getRequest().getUrl().contains(fragment))
                .map(e -> e.getResponse().getBodyAsString()).toList();
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
