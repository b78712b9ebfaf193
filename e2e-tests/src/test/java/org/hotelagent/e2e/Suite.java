package org.hotelagent.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The six services as packaged jars, each in its own JVM with the prod profile and its configuration from the
 * environment, as in production. Logs go to {@code target/e2e-logs/<service>.log}.
 */
final class Suite implements AutoCloseable {

    static final String SECRET = "e2e-app-secret";
    static final String NUMBER_ID = "106540352242922";
    static final String KAFKA = System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");
    static final String PG_HOST = System.getenv().getOrDefault("PG_HOST", "127.0.0.1");
    static final String PG_PORT = System.getenv().getOrDefault("PG_PORT", "5432");

    private static final List<String> SERVICES = List.of("pms-adapter-service", "audio-service",
            "orchestrator-service", "nlp-service", "gateway-service", "perf-service");

    static final String STAFF_USER = "e2e@demo-hotel";
    static final String STAFF_PASSWORD = "e2e-staff-password";
    private static final KeyPair STAFF_KEYS = rsaKeys();
    private static final String JVM_OPTIONS = System.getProperty("e2e.jvm",
            "-Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1");
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final List<Process> processes = new ArrayList<>();
    private final Path repo = Path.of(System.getProperty("hotel.repo", ".."));
    private final Path target = repo.resolve("e2e-tests/target");
    private final List<String> services;
    private final Map<String, Map<String, String>> overrides;
    private String staffToken;

    private Suite(List<String> services, Map<String, Map<String, String>> overrides) {
        this.services = services;
        this.overrides = overrides;
    }

    /** Starts every service against the Graph API stand-in at {@code graphUrl}, and waits until all are ready. */
    static Suite start(String graphUrl) {
        return start(graphUrl, Map.of());
    }

    /**
     * As {@link #start(String)}, with environment variables replaced per service (e.g. the orchestrator's PMS_URL
     * pointed at a stand-in). JVM options come from {@code -De2e.jvm}: the default favours start-up time, benchmarks
     * pass what production runs.
     */
    static Suite start(String graphUrl, Map<String, Map<String, String>> overrides) {
        return startOnly(SERVICES, graphUrl, overrides);
    }

    /** Only {@code services} (in an order where callees come before their callers), e.g. the gateway alone. */
    static Suite startOnly(List<String> services, String graphUrl, Map<String, Map<String, String>> overrides) {
        var suite = new Suite(services, overrides);
        try {
            suite.writeSignInFiles();
            for (var service : services) {
                suite.launch(service, graphUrl);
            }
            for (var service : services) {
                suite.awaitReady(service, Duration.ofSeconds(120));
            }
            return suite;
        } catch (RuntimeException e) {
            suite.close();
            throw e;
        } catch (IOException | InterruptedException e) {
            suite.close();
            throw new IllegalStateException("Could not prepare the staff sign-in files", e);
        }
    }

    String url(String service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    private void launch(String service, String graphUrl) {
        var jar = repo.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build the services first (mvn package)");
        }
        var port = freePort();
        ports.put(service, port);
        var logs = repo.resolve("e2e-tests/target/e2e-logs");
        try {
            Files.createDirectories(logs);
            var java = ProcessHandle.current().info().command().orElse("java");
            var command = new ArrayList<String>();
            command.add(java);
            command.addAll(List.of(JVM_OPTIONS.trim().split("\\s+")));
            command.addAll(List.of("-jar", jar.toString()));
            var builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(logs.resolve(service + ".log").toFile());
            builder.environment().putAll(environment(service, port, graphUrl));
            builder.environment().putAll(overrides.getOrDefault(service, Map.of()));
            processes.add(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + service, e);
        }
    }

    /**
     * A staff JWT from the orchestrator's sign-in, as the staff page gets one; signed in once per suite (the token
     * outlives the run), since each sign-in costs a deliberate PBKDF2 check.
     */
    synchronized String staffToken() {
        if (staffToken == null) {
            staffToken = signIn();
        }
        return staffToken;
    }

    private String signIn() {
        var http = HttpClient.newHttpClient();
        var request = HttpRequest.newBuilder(URI.create(url("orchestrator-service") + "/api/sign-in"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"user\":\"" + STAFF_USER + "\",\"password\":\"" + STAFF_PASSWORD + "\"}"))
                .build();
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            var token = TOKEN.matcher(response.body());
            if (response.statusCode() != 200 || !token.find()) {
                throw new IllegalStateException("sign-in failed: " + response.statusCode() + " " + response.body());
            }
            return token.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The signing key pair as PEM files, and a staff users file made by the script operators use. */
    private void writeSignInFiles() throws IOException, InterruptedException {
        var mime = Base64.getMimeEncoder(64, new byte[]{'\n'});
        Files.writeString(target.resolve("jwt-public.pem"), "-----BEGIN PUBLIC KEY-----\n"
                + mime.encodeToString(STAFF_KEYS.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        Files.writeString(target.resolve("jwt-private.pem"), "-----BEGIN PRIVATE KEY-----\n"
                + mime.encodeToString(STAFF_KEYS.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n");
        var users = new ProcessBuilder("bash", repo.resolve("scripts/staff-user.sh").toString(), STAFF_USER,
                "staff,admin", "demo-hotel", STAFF_PASSWORD)
                .redirectOutput(target.resolve("staff-users.txt").toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        if (users.waitFor() != 0) {
            throw new IllegalStateException("scripts/staff-user.sh failed");
        }
    }

    private static KeyPair rsaKeys() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> environment(String service, int port, String graphUrl) throws IOException {
        var env = new HashMap<String, String>();
        env.put("JWT_PUBLIC_KEY_LOCATION", target.resolve("jwt-public.pem").toString());
        env.put("JWT_PRIVATE_KEY_LOCATION", target.resolve("jwt-private.pem").toString());
        env.put("STAFF_USERS_FILE", target.resolve("staff-users.txt").toString());
        // Fixed, not per run: the e2e databases outlive a run, and their rows were encrypted with it.
        env.put("ORCHESTRATOR_DATA_KEY", "gyOlKhZj5UnhT0in4XMN7V27bYbOAyionh5b7IkMSCs=");
        env.put("HTTP_PORT", Integer.toString(port));
        env.put("KAFKA_BOOTSTRAP_SERVERS", KAFKA);
        env.put("PG_HOST", PG_HOST);
        env.put("PG_PORT", PG_PORT);
        env.put("PG_USER", "hotel");
        env.put("PG_PASSWORD", "hotel");
        env.put("PG_DATABASE", service.replace("-service", "").replace("-adapter", "") + "_e2e");
        env.put("REDIS_URL", "redis://127.0.0.1:6379/2");
        env.put("WHATSAPP_APP_SECRETS", SECRET);
        env.put("WHATSAPP_VERIFY_TOKEN", "e2e-verify-token");
        env.put("WHATSAPP_GRAPH_URL", graphUrl);
        env.put("WHATSAPP_ACCESS_TOKEN", "e2e-access-token");
        env.put("WHATSAPP_NUMBERS", NUMBER_ID + ":demo-hotel");
        env.put("WEBCHAT_HOTELS", "demo-hotel:Hotel Demo Mar");
        // Services are launched PMS and audio first, so the callers' URLs are known by the time they start.
        env.put("PMS_URL", url("pms-adapter-service"));
        env.put("AUDIO_URL", url("audio-service"));
        return env;
    }

    private void awaitReady(String service, Duration timeout) {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var ready = HttpRequest.newBuilder(URI.create(url(service) + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        var deadline = Instant.now().plus(timeout);
        var last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            if (processes.get(services.indexOf(service)).isAlive()) {
                try {
                    var response = http.send(ready, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200) {
                        return;
                    }
                    last = response.body();
                } catch (IOException e) {
                    last = e.toString();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for " + service, e);
                }
            } else {
                throw new IllegalStateException(service + " exited: see e2e-tests/target/e2e-logs/" + service + ".log");
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException(service + " not ready after " + timeout + ": " + last);
    }

    /** Resident set size of each service's process, in MiB, read from /proc (Linux). */
    Map<String, Long> residentMebibytes() {
        var rss = new LinkedHashMap<String, Long>();
        for (var i = 0; i < processes.size(); i++) {
            rss.put(services.get(i), residentMebibytes(processes.get(i).pid()));
        }
        return rss;
    }

    static long residentMebibytes(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024)
                    .findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        processes.forEach(Process::destroy);
        for (var process : processes) {
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
