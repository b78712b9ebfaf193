import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the project's Kafka topics if absent, and brings existing ones up to the wanted
 * partition count and topic configs (partitions are only ever increased). Idempotent.
 *
 * <p>Run as a single-file program with the broker jars (they include kafka-clients):
 *
 * <pre>
 * java -cp "$LIBS/*" scripts/CreateTopics.java --bootstrap 127.0.0.1:9092 \
 *     --file scripts/topics.txt [--config max.message.bytes=4194304]... [--replication 1] [--check]
 * </pre>
 *
 * <p>--check changes nothing: it reports every topic and exits 1 if one is missing, has too few
 * partitions or a different config. Exit 2 = bad arguments or topics file, 3 = Kafka unreachable.
 * scripts/create-topics.sh is the normal entry point.
 */
public class CreateTopics {

    record Spec(String name, int partitions) {}

    /** A failure the user can act on: printed as one line, exits with its code. */
    static final class Failure extends RuntimeException {
        final int code;

        Failure(int code, String message) {
            super(message);
            this.code = code;
        }
    }

    static final long REACH_TIMEOUT_S = 15;
    static final long OP_TIMEOUT_S = 30;

    public static void main(String[] args) {
        int code;
        try {
            code = run(args);
        } catch (Failure f) {
            System.err.println("[hotel] ERROR: " + f.getMessage());
            code = f.code;
        } catch (Exception e) {
            Throwable c = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            System.err.println("[hotel] ERROR: topic setup failed: " + c.getClass().getSimpleName() + ": "
                    + c.getMessage() + " (check the broker log, then rerun scripts/create-topics.sh)");
            code = 1;
        }
        System.exit(code); // the admin client's threads must not keep the JVM alive
    }

    static int run(String[] args) throws Exception {
        String bootstrap = null;
        Path file = null;
        boolean check = false;
        short replication = 1;
        Map<String, String> configs = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--check" -> check = true;
                case "--bootstrap" -> bootstrap = value(args, ++i, a);
                case "--file" -> file = Path.of(value(args, ++i, a));
                case "--replication" -> replication = Short.parseShort(value(args, ++i, a));
                case "--config" -> {
                    String kv = value(args, ++i, a);
                    int eq = kv.indexOf('=');
                    if (eq <= 0) throw new Failure(2, "--config expects key=value, got '" + kv + "'");
                    configs.put(kv.substring(0, eq), kv.substring(eq + 1));
                }
                default -> throw new Failure(2, "unknown argument '" + a + "': see the comment in CreateTopics.java");
            }
        }
        if (bootstrap == null || file == null) {
            throw new Failure(2, "usage: CreateTopics.java --bootstrap HOST:PORT --file topics.txt [--config k=v]... [--check]");
        }
        List<Spec> specs = readSpecs(file);

        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "hotel-create-topics");
        // Everything bounded: an absent or wrong listener must fail fast, not retry for minutes.
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, String.valueOf(REACH_TIMEOUT_S * 1000));
        props.put(AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MS_CONFIG, "3000");
        props.put(AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MAX_MS_CONFIG, "5000");
        props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "1000");

        long t0 = System.nanoTime();
        try (Admin admin = Admin.create(props)) {
            try {
                admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) (REACH_TIMEOUT_S * 1000)))
                        .clusterId()
                        .get(REACH_TIMEOUT_S + 2, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new Failure(3, "Kafka is not reachable at " + bootstrap + ": start it with scripts/infra.sh start");
            }
            int rc = check ? check(admin, specs, configs) : apply(admin, specs, configs, replication);
            if (rc == 0) {
                System.err.printf("[hotel] %d topics %s on %s (%d ms)%n", specs.size(),
                        check ? "verified" : "ready", bootstrap, (System.nanoTime() - t0) / 1_000_000);
            }
            admin.close(Duration.ofSeconds(5));
            return rc;
        }
    }

    static String value(String[] args, int i, String option) {
        if (i >= args.length) throw new Failure(2, option + " needs a value");
        return args[i];
    }

    /** Lines "name partitions"; '#' starts a comment. */
    static List<Spec> readSpecs(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new Failure(2, "cannot read the topic list " + file + ": " + e.getMessage());
        }
        List<Spec> specs = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).replaceFirst("#.*", "").strip();
            if (line.isEmpty()) continue;
            String[] f = line.split("\\s+");
            if (f.length != 2 || !f[0].matches("[A-Za-z0-9._-]{1,249}") || !f[1].matches("[1-9][0-9]{0,4}")) {
                throw new Failure(2, file + " line " + (n + 1) + ": expected 'topic-name partitions', got '" + line + "'");
            }
            if (!seen.add(f[0])) throw new Failure(2, file + " line " + (n + 1) + ": topic " + f[0] + " is listed twice");
            specs.add(new Spec(f[0], Integer.parseInt(f[1])));
        }
        if (specs.isEmpty()) throw new Failure(2, file + " lists no topics");
        return specs;
    }

    static int apply(Admin admin, List<Spec> specs, Map<String, String> configs, short replication) throws Exception {
        Set<String> existing = admin.listTopics().names().get(OP_TIMEOUT_S, TimeUnit.SECONDS);
        List<NewTopic> toCreate = specs.stream()
                .filter(s -> !existing.contains(s.name()))
                .map(s -> new NewTopic(s.name(), s.partitions(), replication).configs(configs))
                .toList();
        List<Spec> present = new ArrayList<>(specs.stream().filter(s -> existing.contains(s.name())).toList());
        if (!toCreate.isEmpty()) {
            var created = admin.createTopics(toCreate).values();
            for (NewTopic t : toCreate) {
                try {
                    created.get(t.name()).get(OP_TIMEOUT_S, TimeUnit.SECONDS);
                    System.err.printf("[hotel] topic %s: created (%d partitions)%n", t.name(), t.numPartitions());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) throw e;
                    // Created concurrently by someone else: verify it like any existing topic.
                    specs.stream().filter(s -> s.name().equals(t.name())).forEach(present::add);
                }
            }
        }
        if (present.isEmpty()) return 0;

        Map<String, TopicDescription> described = admin.describeTopics(names(present))
                .allTopicNames().get(OP_TIMEOUT_S, TimeUnit.SECONDS);
        Map<String, NewPartitions> grow = new HashMap<>();
        for (Spec s : present) {
            int have = described.get(s.name()).partitions().size();
            if (have < s.partitions()) {
                grow.put(s.name(), NewPartitions.increaseTo(s.partitions()));
                System.err.printf("[hotel] topic %s: partitions %d -> %d%n", s.name(), have, s.partitions());
            }
        }
        if (!grow.isEmpty()) admin.createPartitions(grow).all().get(OP_TIMEOUT_S, TimeUnit.SECONDS);

        Map<ConfigResource, Collection<AlterConfigOp>> alter = new HashMap<>();
        for (var e : configDiffs(admin, present, configs).entrySet()) {
            String topic = e.getKey().name();
            List<AlterConfigOp> ops = new ArrayList<>();
            e.getValue().forEach((k, v) -> {
                ops.add(new AlterConfigOp(new ConfigEntry(k, configs.get(k)), AlterConfigOp.OpType.SET));
                System.err.printf("[hotel] topic %s: %s %s -> %s%n", topic, k, v, configs.get(k));
            });
            alter.put(e.getKey(), ops);
        }
        if (!alter.isEmpty()) admin.incrementalAlterConfigs(alter).all().get(OP_TIMEOUT_S, TimeUnit.SECONDS);
        return 0;
    }

    static int check(Admin admin, List<Spec> specs, Map<String, String> configs) throws Exception {
        Set<String> existing = admin.listTopics().names().get(OP_TIMEOUT_S, TimeUnit.SECONDS);
        List<Spec> present = specs.stream().filter(s -> existing.contains(s.name())).toList();
        Map<String, TopicDescription> described = present.isEmpty() ? Map.of()
                : admin.describeTopics(names(present)).allTopicNames().get(OP_TIMEOUT_S, TimeUnit.SECONDS);
        Map<ConfigResource, Map<String, String>> diffs = configDiffs(admin, present, configs);
        int bad = 0;
        for (Spec s : specs) {
            TopicDescription d = described.get(s.name());
            List<String> problems = new ArrayList<>();
            if (d == null) {
                problems.add("MISSING");
            } else {
                if (d.partitions().size() < s.partitions()) problems.add("TOO FEW PARTITIONS");
                Map<String, String> diff = diffs.get(new ConfigResource(ConfigResource.Type.TOPIC, s.name()));
                if (diff != null) problems.add("CONFIG DIFFERS " + diff);
            }
            String problem = problems.isEmpty() ? "ok" : String.join(", ", problems);
            if (!problems.isEmpty()) bad++;
            System.out.printf("%-28s partitions=%-3s (want %d) replicas=%-2s %s%n", s.name(),
                    d == null ? "-" : d.partitions().size(), s.partitions(),
                    d == null ? "-" : d.partitions().getFirst().replicas().size(), problem);
        }
        if (bad > 0) {
            System.err.printf("[hotel] ERROR: %d of %d topics are missing or differ: run scripts/create-topics.sh%n", bad, specs.size());
            return 1;
        }
        return 0;
    }

    /** Per topic, the wanted configs whose current value differs (key -> current value). */
    static Map<ConfigResource, Map<String, String>> configDiffs(Admin admin, List<Spec> topics, Map<String, String> wanted)
            throws Exception {
        Map<ConfigResource, Map<String, String>> out = new LinkedHashMap<>();
        if (wanted.isEmpty() || topics.isEmpty()) return out;
        List<ConfigResource> resources = topics.stream()
                .map(s -> new ConfigResource(ConfigResource.Type.TOPIC, s.name()))
                .toList();
        Map<ConfigResource, Config> current = admin.describeConfigs(resources).all().get(OP_TIMEOUT_S, TimeUnit.SECONDS);
        for (ConfigResource r : resources) {
            Map<String, String> diff = new LinkedHashMap<>();
            wanted.forEach((k, v) -> {
                ConfigEntry e = current.get(r).get(k);
                String have = e == null ? null : e.value();
                if (!v.equals(have)) diff.put(k, String.valueOf(have));
            });
            if (!diff.isEmpty()) out.put(r, diff);
        }
        return out;
    }

    static List<String> names(List<Spec> specs) {
        return specs.stream().map(Spec::name).toList();
    }
}
