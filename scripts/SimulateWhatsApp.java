import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Plays a WhatsApp guest against the running suite: posts a webhook signed like Meta's to the gateway, then waits
 * for the reply at the Graph API stand-in and prints it. Run by scripts/simulate.sh.
 */
public class SimulateWhatsApp {

    public static void main(String[] args) throws Exception {
        var text = args.length > 0 ? String.join(" ", args) : "Hola, ¿tienen parking?";
        var gateway = env("GATEWAY_URL", "http://127.0.0.1:8081");
        var standIn = env("GRAPH_STAND_IN_URL", "http://127.0.0.1:8089");
        var from = env("GUEST_PHONE", "34600123456");
        var wamid = "wamid.sim-" + UUID.randomUUID();
        var body = """
                {"object":"whatsapp_business_account","entry":[{"id":"419561257915477","changes":[{"value":{\
                "messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881",\
                "phone_number_id":"%s"},"contacts":[{"profile":{"name":"%s"},"wa_id":"%s"}],\
                "messages":[{"from":"%s","id":"%s","timestamp":"%d","type":"text","text":{"body":"%s"}}]},\
                "field":"messages"}]}]}""".formatted(env("PHONE_NUMBER_ID", "106540352242922"),
                env("GUEST_NAME", "Ana García"), from, from, wamid, Instant.now().getEpochSecond(), json(text));
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        var started = System.nanoTime();
        var sent = http.send(HttpRequest.newBuilder(URI.create(gateway + "/api/webhooks/whatsapp"))
                .header("Content-Type", "application/json")
                .header("X-Hub-Signature-256", sign(env("WHATSAPP_APP_SECRET", "local-app-secret"), body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        System.out.printf("guest %s → gateway: %s %s%n", from, sent.statusCode(), text);
        if (sent.statusCode() != 200) {
            System.err.println("The gateway refused the webhook: " + sent.body());
            System.exit(1);
        }
        var deadline = Instant.now().plusSeconds(30);
        var logged = Pattern.compile("\"bodyAsBase64\"\\s*:\\s*\"([^\"]+)\"");
        while (Instant.now().isBefore(deadline)) {
            var requests = http.send(HttpRequest.newBuilder(URI.create(standIn + "/__admin/requests?limit=100"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            var matcher = logged.matcher(requests);
            while (matcher.find()) {
                var sentBody = new String(Base64.getDecoder().decode(matcher.group(1)), StandardCharsets.UTF_8);
                // The read receipt with its typing indicator also names the guest's message: skip it.
                if (sentBody.contains(wamid) && !sentBody.contains("\"status\":\"read\"")) {
                    var replyText = Pattern.compile("\"(?:text|body)\":\\{[^}]*?\"(?:body|text)\":\"((?:[^\"\\\\]|\\\\.)*)\"")
                            .matcher(sentBody);
                    System.out.printf("agent → WhatsApp (%d ms): %s%n", (System.nanoTime() - started) / 1_000_000,
                            replyText.find() ? replyText.group(1).translateEscapes() : "(no text)");
                    var choices = Pattern.compile("\"(?:id)\":\"([^\"]+)\",\"title\":\"((?:[^\"\\\\]|\\\\.)*)\"")
                            .matcher(sentBody);
                    while (choices.find()) {
                        System.out.printf("  [%s] %s%n", choices.group(1), choices.group(2).translateEscapes());
                    }
                    System.out.println("Graph API stand-in received: POST /{version}/{phone-number-id}/messages "
                            + sentBody);
                    return;
                }
            }
            Thread.sleep(200);
        }
        System.err.println("No reply reached the Graph API stand-in within 30 s: see .local/logs/*.log");
        System.exit(1);
    }

    private static String env(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String sign(String secret, String body) throws Exception {
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
