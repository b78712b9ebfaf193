import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Plays a WhatsApp guest against the running suite: posts a webhook signed like Meta's to the gateway, then waits
 * for the reply at the Graph API stand-in and prints it. A voice note ({@code --voice-file note.ogg}) is first
 * registered on the stand-in's admin API as Meta serves media: {@code GET /{version}/{media-id}} answers its URL,
 * type, SHA-256 and size, and that URL the Ogg/Opus bytes to a bearer token. Run by scripts/simulate.sh.
 */
public class SimulateWhatsApp {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private static final String STAND_IN = env("GRAPH_STAND_IN_URL", "http://127.0.0.1:8089").replaceAll("/+$", "");

    public static void main(String[] args) throws Exception {
        var voiceFile = args.length > 1 && args[0].equals("--voice-file") ? Path.of(args[1]) : null;
        var words = voiceFile == null ? List.of(args) : List.of(args).subList(2, args.length);
        var text = words.isEmpty() ? "Hola, ¿tienen parking?" : String.join(" ", words);
        var from = env("GUEST_PHONE", "34600123456");
        var wamid = "wamid.sim-" + UUID.randomUUID();
        var started = System.currentTimeMillis();
        var stubs = new ArrayList<String>();
        try {
            String message;
            if (voiceFile == null) {
                message = """
                        {"from":"%s","id":"%s","timestamp":"%d","type":"text","text":{"body":"%s"}}"""
                        .formatted(from, wamid, Instant.now().getEpochSecond(), json(text));
            } else {
                var audio = Files.readAllBytes(voiceFile);
                var mediaId = Long.toString(ThreadLocalRandom.current().nextLong(100_000_000_000_000L,
                        999_999_999_999_999L));
                var sha256 = MessageDigest.getInstance("SHA-256").digest(audio);
                stubs.addAll(registerMedia(mediaId, audio, sha256));
                message = """
                        {"from":"%s","id":"%s","timestamp":"%d","type":"audio","audio":{\
                        "mime_type":"audio/ogg; codecs=opus","sha256":"%s","id":"%s","voice":true}}"""
                        .formatted(from, wamid, Instant.now().getEpochSecond(),
                                Base64.getEncoder().encodeToString(sha256), mediaId);
                text = "(voice note, " + audio.length + " bytes, " + voiceFile.getFileName() + ")";
            }
            post(from, message);
            System.out.printf("guest %s → gateway: %s%n", from, text);
            printReplies(wamid, started, voiceFile == null ? 30 : 90);
        } finally {
            for (var id : stubs) {
                HTTP.send(HttpRequest.newBuilder(URI.create(STAND_IN + "/__admin/mappings/" + id)).DELETE().build(),
                        HttpResponse.BodyHandlers.discarding());
            }
        }
    }

    /** Stubs the medium's metadata and download on the stand-in; returns the stub ids, to remove them afterwards. */
    private static List<String> registerMedia(String mediaId, byte[] audio, byte[] sha256) throws Exception {
        var download = "/whatsapp_business/attachments/" + mediaId;
        var metadata = """
                {"request":{"method":"GET","urlPathPattern":"/v[0-9.]+/%s"},"response":{"status":200,\
                "headers":{"Content-Type":"application/json"},"jsonBody":{"messaging_product":"whatsapp",\
                "url":"%s%s","mime_type":"audio/ogg","sha256":"%s","file_size":%d,"id":"%s"}}}"""
                .formatted(mediaId, STAND_IN, download, HexFormat.of().formatHex(sha256), audio.length, mediaId);
        var bytes = """
                {"request":{"method":"GET","urlPath":"%s","headers":{"Authorization":{"matches":"Bearer .+"}}},\
                "response":{"status":200,"headers":{"Content-Type":"audio/ogg"},"base64Body":"%s"}}"""
                .formatted(download, Base64.getEncoder().encodeToString(audio));
        var ids = new ArrayList<String>();
        for (var stub : List.of(metadata, bytes)) {
            var created = HTTP.send(HttpRequest.newBuilder(URI.create(STAND_IN + "/__admin/mappings"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(stub))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 201) {
                fail("The Graph API stand-in at " + STAND_IN + " refused the media stub: " + created.statusCode()
                        + " " + created.body());
            }
            ids.add((String) Json.parse(created.body()).get("id"));
        }
        return ids;
    }

    private static void post(String from, String message) throws Exception {
        var body = """
                {"object":"whatsapp_business_account","entry":[{"id":"419561257915477","changes":[{"value":{\
                "messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881",\
                "phone_number_id":"%s"},"contacts":[{"profile":{"name":"%s"},"wa_id":"%s"}],"messages":[%s]},\
                "field":"messages"}]}]}""".formatted(env("PHONE_NUMBER_ID", "106540352242922"),
                json(env("GUEST_NAME", "Ana García")), from, message);
        var sent = HTTP.send(HttpRequest.newBuilder(URI.create(env("GATEWAY_URL", "http://127.0.0.1:8081")
                        + "/api/webhooks/whatsapp"))
                .header("Content-Type", "application/json")
                .header("X-Hub-Signature-256", sign(env("WHATSAPP_APP_SECRET", "local-app-secret"), body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (sent.statusCode() != 200) {
            fail("The gateway refused the webhook: " + sent.statusCode() + " " + sent.body());
        }
    }

    /**
     * Waits for the first message quoting the guest's (not the read receipt, not a voice note: a spoken reply comes
     * first and its text follows), then prints every message sent in reply, in the order the stand-in got them.
     */
    private static void printReplies(String wamid, long started, int seconds) throws Exception {
        var deadline = Instant.now().plusSeconds(seconds);
        while (Instant.now().isBefore(deadline)) {
            var replies = sentInReplyTo(wamid);
            if (replies.stream().anyMatch(r -> !"audio".equals(Json.at(r.message(), "type")))) {
                replies.forEach(reply -> print(reply, reply.loggedAt() - started));
                return;
            }
            Thread.sleep(200);
        }
        fail("No reply reached the Graph API stand-in within " + seconds + " s: see .local/logs/*.log");
    }

    /** A message the agent sent, as the stand-in received it and parsed. */
    private record Sent(long loggedAt, String body, Map<String, Object> message) {
    }

    @SuppressWarnings("unchecked")
    private static List<Sent> sentInReplyTo(String wamid) throws Exception {
        var find = """
                {"method":"POST","urlPathPattern":"/v[0-9.]+/[0-9]+/messages","bodyPatterns":[{"contains":"%s"}]}"""
                .formatted(wamid);
        var found = Json.parse(HTTP.send(HttpRequest.newBuilder(URI.create(STAND_IN + "/__admin/requests/find"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(find)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        var requests = new ArrayList<>((List<Map<String, Object>>) found.get("requests"));
        requests.sort(Comparator.comparing(r -> ((Number) r.get("loggedDate")).longValue()));
        var messages = new ArrayList<Sent>();
        for (var request : requests) {
            var body = new String(Base64.getDecoder().decode((String) request.get("bodyAsBase64")),
                    StandardCharsets.UTF_8);
            var message = Json.parse(body);
            if (!"read".equals(message.get("status"))) {
                messages.add(new Sent(((Number) request.get("loggedDate")).longValue(), body, message));
            }
        }
        return messages;
    }

    private static void print(Sent sent, long millis) {
        var message = sent.message();
        var type = Json.at(message, "type");
        switch (type) {
            case "audio" -> System.out.printf("agent → WhatsApp (%d ms): voice note, media %s uploaded to the "
                    + "Graph API stand-in%n", millis, Json.at(message, "audio", "id"));
            case "text" -> System.out.printf("agent → WhatsApp (%d ms): %s%n", millis,
                    Json.at(message, "text", "body"));
            case "interactive" -> {
                System.out.printf("agent → WhatsApp (%d ms): %s%n", millis,
                        Json.at(message, "interactive", "body", "text"));
                printChoices(message);
            }
            default -> System.out.printf("agent → WhatsApp (%d ms): (%s message)%n", millis, type);
        }
        System.out.println("Graph API stand-in received: POST /{version}/{phone-number-id}/messages "
                + sent.body());
    }

    @SuppressWarnings("unchecked")
    private static void printChoices(Map<String, Object> message) {
        var action = (Map<String, Object>) ((Map<String, Object>) message.get("interactive")).get("action");
        for (var button : (List<Map<String, Object>>) action.getOrDefault("buttons", List.of())) {
            System.out.printf("  [%s] %s%n", Json.at(button, "reply", "id"), Json.at(button, "reply", "title"));
        }
        for (var section : (List<Map<String, Object>>) action.getOrDefault("sections", List.of())) {
            for (var row : (List<Map<String, Object>>) section.get("rows")) {
                System.out.printf("  [%s] %s%n", row.get("id"), row.get("title"));
            }
        }
    }

    private static String env(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static String sign(String secret, String body) throws Exception {
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static void fail(String why) {
        System.err.println(why);
        System.exit(1);
    }

    /** Just enough JSON for WireMock's admin answers and the Cloud API messages: objects, arrays, scalars. */
    static final class Json {

        private final String text;
        private int at;

        private Json(String text) {
            this.text = text;
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> parse(String text) {
            return (Map<String, Object>) new Json(text).value();
        }

        /** The string at a path of object keys, or null. */
        @SuppressWarnings("unchecked")
        static String at(Map<String, Object> object, String... path) {
            Object node = object;
            for (var key : path) {
                node = node instanceof Map<?, ?> map ? ((Map<String, Object>) map).get(key) : null;
            }
            return node == null ? null : node.toString();
        }

        private Object value() {
            skipSpace();
            var c = text.charAt(at);
            if (c == '{') {
                var object = new LinkedHashMap<String, Object>();
                at++;
                while (next() != '}') {
                    var key = (String) value();
                    expect(':');
                    object.put(key, value());
                    if (next() == ',') {
                        at++;
                    }
                }
                at++;
                return object;
            }
            if (c == '[') {
                var list = new ArrayList<Object>();
                at++;
                while (next() != ']') {
                    list.add(value());
                    if (next() == ',') {
                        at++;
                    }
                }
                at++;
                return list;
            }
            return c == '"' ? string() : literal();
        }

        private String string() {
            var out = new StringBuilder();
            for (at++; text.charAt(at) != '"'; at++) {
                var c = text.charAt(at);
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                var escaped = text.charAt(++at);
                switch (escaped) {
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(at + 1, at + 5), 16));
                        at += 4;
                    }
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    default -> out.append(escaped);
                }
            }
            at++;
            return out.toString();
        }

        private Object literal() {
            var start = at;
            while (at < text.length() && ",}] \n\r\t".indexOf(text.charAt(at)) < 0) {
                at++;
            }
            var word = text.substring(start, at);
            return switch (word) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                case "null" -> null;
                default -> word.contains(".") || word.contains("e") || word.contains("E")
                        ? (Number) Double.parseDouble(word) : (Number) Long.parseLong(word);
            };
        }

        private char next() {
            skipSpace();
            return text.charAt(at);
        }

        private void expect(char c) {
            if (next() != c) {
                throw new IllegalArgumentException("expected " + c + " at " + at + " in " + text);
            }
            at++;
        }

        private void skipSpace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
    }
}
