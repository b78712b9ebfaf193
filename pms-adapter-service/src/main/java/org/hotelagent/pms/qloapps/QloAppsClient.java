package org.hotelagent.pms.qloapps;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;

import org.hotelagent.pms.config.PmsConfig.QloAppsSite;

/**
 * The QloApps webservice, one site (base URL, key) per hotel, JSON output. Every call has a timeout, a bulkhead and
 * a circuit breaker; only reads are retried (a booking POST is not idempotent, so it is never repeated here).
 * {@link QloAppsRejection}s are answers, not failures: they skip the breaker and abort retries. A Vert.x web client
 * rather than a REST client interface: the base URL differs per hotel and error bodies are empty, plain text or
 * JSON. Tuned per environment with {@code org.hotelagent.pms.qloapps.QloAppsClient/<method>/Timeout/value} etc.
 */
@ApplicationScoped
public class QloAppsClient {

    private final WebClient web;

    QloAppsClient(Vertx vertx) {
        this.web = WebClient.create(vertx, new WebClientOptions().setConnectTimeout(2000).setIdleTimeout(30));
    }

    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 200, abortOn = QloAppsRejection.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, skipOn = QloAppsRejection.class)
    @CircuitBreakerName("qloapps-room-types")
    @Bulkhead(value = 10, waitingTaskQueue = 20)
    public Uni<List<JsonObject>> roomTypeLimits(QloAppsSite site) {
        return list(site, "hotel_room_types", Map.of("display", "full", "filter[id_hotel]", "" + site.hotelId()),
                "hotel_room_types");
    }

    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 200, abortOn = QloAppsRejection.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, skipOn = QloAppsRejection.class)
    @CircuitBreakerName("qloapps-room-type-names")
    @Bulkhead(value = 10, waitingTaskQueue = 20)
    public Uni<List<JsonObject>> roomTypeNames(QloAppsSite site) {
        return list(site, "room_types", Map.of("display", "[id,name]", "filter[active]", "1"), "room_types");
    }

    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 200, abortOn = QloAppsRejection.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, skipOn = QloAppsRejection.class)
    @CircuitBreakerName("qloapps-rooms")
    @Bulkhead(value = 10, waitingTaskQueue = 20)
    public Uni<List<JsonObject>> rooms(QloAppsSite site) {
        return list(site, "hotel_rooms", Map.of("display", "full", "filter[id_hotel]", "" + site.hotelId()), "rooms");
    }

    /** The room type ({@code room_types/{id}}) with its linked services, or empty when QloApps has no such type. */
    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 200, abortOn = QloAppsRejection.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, skipOn = QloAppsRejection.class)
    @CircuitBreakerName("qloapps-room-type")
    @Bulkhead(value = 10, waitingTaskQueue = 20)
    public Uni<Optional<JsonObject>> roomType(QloAppsSite site, int roomTypeId) {
        return send(site, HttpMethod.GET, "room_types/" + roomTypeId, Map.of(), null)
                .map(found -> found.map(body -> QloAppsJson.object(body, "room_type")));
    }

    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 200, abortOn = QloAppsRejection.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, skipOn = QloAppsRejection.class)
    @CircuitBreakerName("qloapps-services")
    @Bulkhead(value = 10, waitingTaskQueue = 20)
    public Uni<List<JsonObject>> services(QloAppsSite site) {
        return list(site, "services", Map.of("display", "[id,name,price,auto_add_to_cart,price_addition_type,"
                + "price_calculation_method]"), "services");
    }

    /** Availability and prices ({@code hotel_ari}): a POST with an XML body, but a read, so it is retried. */
    @Timeout(4000)
    @Retry(maxRetries = 2, delay = 200, abortOn = QloAppsRejection.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, skipOn = QloAppsRejection.class)
    @CircuitBreakerName("qloapps-ari")
    @Bulkhead(value = 10, waitingTaskQueue = 20)
    public Uni<JsonObject> ari(QloAppsSite site, String xml) {
        return send(site, HttpMethod.POST, "hotel_ari", Map.of(), xml)
                .map(found -> QloAppsJson.object(required(found, "hotel_ari"), "hotel_ari"));
    }

    /** The booking (a QloApps order), or empty when QloApps answers 404. */
    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 200, abortOn = QloAppsRejection.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, skipOn = QloAppsRejection.class)
    @CircuitBreakerName("qloapps-booking")
    @Bulkhead(value = 10, waitingTaskQueue = 20)
    public Uni<Optional<JsonObject>> booking(QloAppsSite site, long orderId) {
        return send(site, HttpMethod.GET, "bookings/" + orderId, Map.of(), null)
                .map(found -> found.map(body -> QloAppsJson.object(body, "booking")));
    }

    /** The order behind a booking, for its {@code current_state}; empty when QloApps answers 404. */
    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 200, abortOn = QloAppsRejection.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, skipOn = QloAppsRejection.class)
    @CircuitBreakerName("qloapps-order")
    @Bulkhead(value = 10, waitingTaskQueue = 20)
    public Uni<Optional<JsonObject>> order(QloAppsSite site, long orderId) {
        return send(site, HttpMethod.GET, "orders/" + orderId, Map.of(), null)
                .map(found -> found.map(body -> QloAppsJson.object(body, "order")));
    }

    /** Creates a booking; never retried (QloApps has no idempotency key: the caller claims one first). */
    @Timeout(10000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, skipOn = QloAppsRejection.class)
    @CircuitBreakerName("qloapps-create-booking")
    @Bulkhead(value = 5, waitingTaskQueue = 20)
    public Uni<JsonObject> createBooking(QloAppsSite site, JsonObject booking) {
        return send(site, HttpMethod.POST, "bookings", Map.of(), new JsonObject().put("booking", booking).encode())
                .map(found -> QloAppsJson.object(required(found, "bookings"), "booking"));
    }

    /** Replaces the booking's full state (modify and cancel); not retried, each PUT adds its remark. */
    @Timeout(10000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, skipOn = QloAppsRejection.class)
    @CircuitBreakerName("qloapps-update-booking")
    @Bulkhead(value = 5, waitingTaskQueue = 20)
    public Uni<JsonObject> updateBooking(QloAppsSite site, long orderId, JsonObject booking) {
        return send(site, HttpMethod.PUT, "bookings/" + orderId, Map.of(),
                new JsonObject().put("booking", booking).encode())
                .map(found -> QloAppsJson.object(required(found, "bookings/" + orderId), "booking"));
    }

    private Uni<List<JsonObject>> list(QloAppsSite site, String resource, Map<String, String> query, String node) {
        return send(site, HttpMethod.GET, resource, query, null)
                .map(found -> QloAppsJson.objects(required(found, resource).getValue(node)));
    }

    /**
     * One call; empty for QloApps' "no such id" (404 with an empty body from {@code bookings}, 404 code 87 from core
     * resources), an exception for any other error (a 404 page from a wrong base URL is not "no such id").
     */
    private Uni<Optional<JsonObject>> send(QloAppsSite site, HttpMethod method, String resource,
                                           Map<String, String> query, String body) {
        var request = web.requestAbs(method, site.url().toString().replaceAll("/+$", "") + "/api/" + resource)
                .addQueryParam("output_format", "JSON")
                .putHeader("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((site.key() + ":").getBytes(StandardCharsets.UTF_8)));
        query.forEach(request::addQueryParam);
        var response = body == null ? request.send()
                : request.putHeader("Content-Type", body.startsWith("<") ? "application/xml" : "application/json")
                        .sendBuffer(Buffer.buffer(body));
        return response.map(answer -> read(answer, method + " " + resource));
    }

    private static Optional<JsonObject> read(HttpResponse<Buffer> response, String what) {
        var text = response.bodyAsString();
        var blank = text == null || text.isBlank();
        if (response.statusCode() == 404 && (blank || text.contains("\"code\":87"))) {
            return Optional.empty();
        }
        if (response.statusCode() / 100 != 2) {
            throw QloAppsErrors.of(response.statusCode(), text, what);
        }
        if (blank) {
            throw new QloAppsFailure("QloApps " + what + " answered HTTP " + response.statusCode() + " without body");
        }
        // An empty list comes as [] rather than an object.
        return Optional.of(text.strip().startsWith("[") ? new JsonObject() : new JsonObject(text));
    }

    private static JsonObject required(Optional<JsonObject> found, String what) {
        return found.orElseThrow(() -> new QloAppsFailure("QloApps " + what + " answered 404"));
    }
}
