package org.hotelagent.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The least a chain of Kafka hops can cost on this broker: a producer, relays that consume and re-produce (acks=all,
 * like the services) and a final consumer, with nothing else done per hop. Topics are made for the run and deleted.
 */
final class KafkaHopFloor {

    private KafkaHopFloor() {
    }

    static long[] measure(String bootstrap, int hops, int messages, int ratePerSecond) throws Exception {
        var prefix = "bench-floor-" + UUID.randomUUID();
        var topics = IntStream.rangeClosed(1, hops).mapToObj(i -> prefix + "-" + i).toList();
        try (var admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(topics.stream().map(t -> new NewTopic(t, 6, (short) 1)).toList()).all().get();
            try {
                return run(bootstrap, topics, messages, ratePerSecond);
            } finally {
                admin.deleteTopics(topics).all().get();
            }
        }
    }

    private static long[] run(String bootstrap, List<String> topics, int messages, int rate) throws Exception {
        var running = new AtomicBoolean(true);
        var arrivals = new ConcurrentHashMap<String, Long>();
        var threads = new ArrayList<Thread>();
        for (var i = 0; i < topics.size(); i++) {
            var from = topics.get(i);
            var to = i + 1 < topics.size() ? topics.get(i + 1) : null;
            threads.add(Thread.ofPlatform().start(() -> relay(bootstrap, from, to, running, arrivals)));
        }
        Suite.sleep(Duration.ofSeconds(5));
        var sentAt = new ConcurrentHashMap<String, Long>();
        try (var producer = new KafkaProducer<String, String>(producerConfig(bootstrap))) {
            var interval = 1_000_000_000L / rate;
            var start = System.nanoTime();
            for (var i = 0; i < messages; i++) {
                var id = UUID.randomUUID().toString();
                Latencies.pace(start + i * interval);
                sentAt.put(id, System.nanoTime());
                producer.send(new ProducerRecord<>(topics.getFirst(), "conversation-" + i, id));
            }
        }
        Latencies.awaitAll(arrivals, sentAt.keySet(), Duration.ofSeconds(60));
        running.set(false);
        for (var thread : threads) {
            thread.join();
        }
        return sentAt.entrySet().stream().filter(e -> arrivals.containsKey(e.getKey()))
                .mapToLong(e -> arrivals.get(e.getKey()) - e.getValue()).toArray();
    }

    private static void relay(String bootstrap, String from, String to, AtomicBoolean running,
                              Map<String, Long> arrivals) {
        var config = new Properties();
        config.put("bootstrap.servers", bootstrap);
        config.put("group.id", from + "-relay");
        config.put("auto.offset.reset", "earliest");
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
             var producer = to == null ? null : new KafkaProducer<String, String>(producerConfig(bootstrap))) {
            consumer.subscribe(List.of(from));
            while (running.get()) {
                for (var record : consumer.poll(Duration.ofMillis(100))) {
                    if (producer == null) {
                        arrivals.put(record.value(), System.nanoTime());
                    } else {
                        producer.send(new ProducerRecord<>(to, record.key(), record.value()));
                    }
                }
                consumer.commitAsync();
            }
        }
    }

    private static Properties producerConfig(String bootstrap) {
        var config = new Properties();
        config.put("bootstrap.servers", bootstrap);
        config.put("acks", "all");
        config.put("enable.idempotence", "true");
        config.put("key.serializer", StringSerializer.class.getName());
        config.put("value.serializer", StringSerializer.class.getName());
        return config;
    }
}
