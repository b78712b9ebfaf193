package org.hotelagent.pms.qloapps;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * A stateful QloApps 1.7.0 stand-in behind WireMock, built from the real samples in {@code qloapps/}: static
 * resources are the sampled bodies; {@code hotel_ari}, {@code bookings} and {@code orders} keep orders in memory and
 * behave as the samples show (prices with the auto-added service, 4 % tax, 400 + code 404 errors, empty 404s,
 * plain-text 401 without key, a date change reassigning the room unless {@code id_room} is pinned).
 */
public class FakeQloApps implements ResponseDefinitionTransformerV2 {

    public static final String KEY = "TESTKEY0123456789ABCDEFGHIJKLMNO";

    /** A canned answer for the next matching requests (an error sample, a delay). */
    record Override(String method, String pathPrefix, int status, String contentType, String body, int delayMs) {
    }

    private final FakeQloAppsOrders orders = new FakeQloAppsOrders();
    private final List<Override> overrides = new ArrayList<>();
    private final List<String> received = new ArrayList<>();
    private final List<JsonObject> posted = new ArrayList<>();
    private boolean stringNumbers;

    @java.lang.Override
    public String getName() {
        return "fake-qloapps";
    }

    public synchronized void reset() {
        orders.clear();
        overrides.clear();
        received.clear();
        posted.clear();
        stringNumbers = false;
    }

    /** Answer matching requests with this sample's response from now on (until reset). */
    public synchronized void answerWithSample(String method, String pathPrefix, String sample) {
        var response = sample(sample).getJsonObject("response");
        var body = response.getValue("body");
        var contentType = response.getJsonObject("headers").getString("Content-Type");
        overrides.add(new Override(method, pathPrefix, response.getInteger("status"), contentType,
                body == null ? "" : body instanceof JsonObject json ? json.encode() : body.toString(), 0));
    }

    public synchronized void answer(String method, String pathPrefix, int status, String body, int delayMs) {
        overrides.add(new Override(method, pathPrefix, status, "application/json", body, delayMs));
    }

    /** Write every number of the live answers as a string, as QloApps does in some places. */
    public synchronized void writeNumbersAsStrings() {
        stringNumbers = true;
    }

    public synchronized long requests(String method, String pathPrefix) {
        return received.stream().filter(r -> r.startsWith(method + " /api/" + pathPrefix)).count();
    }

    public synchronized List<JsonObject> postedBookings() {
        return List.copyOf(posted);
    }

    @java.lang.Override
    public synchronized ResponseDefinition transform(ServeEvent event) {
        var request = event.getRequest();
        var path = request.getUrl().split("\\?")[0];
        received.add(request.getMethod() + " " + path);
        var auth = request.getHeader("Authorization");
        if (auth == null) {
            return respond(401, "text/html; charset=utf-8", "401 Unauthorized", 0);
        }
        if (!auth.equals("Basic " + Base64.getEncoder().encodeToString((KEY + ":").getBytes(StandardCharsets.UTF_8)))) {
            return error(401, 20, "Authentification key is not active");
        }
        for (var o : overrides) {
            if (request.getMethod().value().equals(o.method()) && path.startsWith("/api/" + o.pathPrefix())) {
                return respond(o.status(), o.contentType(), o.body(), o.delayMs());
            }
        }
        return route(request, path.substring("/api/".length()));
    }

    private ResponseDefinition route(Request request, String path) {
        var method = request.getMethod().value();
        var parts = path.split("/");
        return switch (method + " " + parts[0]) {
            case "GET hotel_room_types" -> sampleBody("04-list-hotel-room-types");
            case "GET room_types" -> parts.length == 1 ? sampleBody("05a-list-room-types") : roomType(parts[1]);
            case "GET services" -> sampleBody("07-list-services");
            case "GET hotel_rooms" -> sampleBody("06-list-hotel-rooms");
            case "POST hotel_ari" -> live(() -> orders.ari(request.getBodyAsString()));
            case "POST bookings" -> live(() -> new JsonObject().put("booking", orders.create(posted(request))));
            case "PUT bookings" -> live(() -> new JsonObject().put("booking", orders.update(
                    new JsonObject(request.getBodyAsString()).getJsonObject("booking"))));
            case "GET bookings" -> orders.find(Long.parseLong(parts[1])) != null
                    ? json(new JsonObject().put("booking", orders.booking(orders.find(Long.parseLong(parts[1])))))
                    : respond(404, null, "", 0);
            case "GET orders" -> orders.find(Long.parseLong(parts[1])) != null
                    ? json(new JsonObject().put("order", orders.orderJson(orders.find(Long.parseLong(parts[1])))))
                    : error(404, 87, "Id not found");
            case "DELETE bookings" -> error(405, 101, "Method DELETE is not allowed for the resource bookings");
            default -> error(400, 27, "Resource of type \"" + parts[0] + "\" does not exists.");
        };
    }

    private JsonObject posted(Request request) {
        var booking = new JsonObject(request.getBodyAsString()).getJsonObject("booking");
        posted.add(booking.copy());
        return booking;
    }

    private ResponseDefinition live(Supplier<JsonObject> answer) {
        try {
            return json(answer.get());
        } catch (FakeQloAppsOrders.Refusal refusal) {
            return error(refusal.status, refusal.code, refusal.getMessage());
        }
    }

    private ResponseDefinition roomType(String id) {
        var body = sample("05-get-room-type").getJsonObject("response").getJsonObject("body");
        body.getJsonObject("room_type").put("id", Integer.parseInt(id));
        return json(body);
    }

    private ResponseDefinition sampleBody(String name) {
        return json(sample(name).getJsonObject("response").getJsonObject("body"));
    }

    private ResponseDefinition json(JsonObject body) {
        return respond(200, "application/json", (stringNumbers ? stringify(body) : body).encode(), 0);
    }

    private static ResponseDefinition error(int status, int code, String message) {
        return respond(status, "application/json", new JsonObject().put("errors", new JsonArray()
                .add(new JsonObject().put("code", code).put("message", message))).encode(), 0);
    }

    private static ResponseDefinition respond(int status, String contentType, String body, int delayMs) {
        var builder = ResponseDefinitionBuilder.responseDefinition().withStatus(status).withBody(body);
        if (contentType != null) {
            builder = builder.withHeader("Content-Type", contentType);
        }
        return (delayMs > 0 ? builder.withFixedDelay(delayMs) : builder).build();
    }

    private static JsonObject stringify(JsonObject object) {
        var copy = new JsonObject();
        object.forEach(e -> copy.put(e.getKey(), stringifyValue(e.getValue())));
        return copy;
    }

    private static Object stringifyValue(Object value) {
        if (value instanceof Number number) {
            return number instanceof BigDecimal d ? d.setScale(6, RoundingMode.HALF_UP).toPlainString()
                    : number.toString();
        }
        if (value instanceof JsonObject object) {
            return stringify(object);
        }
        if (value instanceof JsonArray array) {
            return new JsonArray(array.stream().map(FakeQloApps::stringifyValue).toList());
        }
        return value;
    }

    static JsonObject sample(String name) {
        try (InputStream in = FakeQloApps.class.getResourceAsStream("/qloapps/" + name + ".json")) {
            return new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | NullPointerException missing) {
            throw new IllegalStateException("No QloApps sample " + name, missing);
        }
    }
}
