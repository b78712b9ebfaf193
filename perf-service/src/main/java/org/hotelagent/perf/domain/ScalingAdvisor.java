package org.hotelagent.perf.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

import org.hotelagent.perf.client.PrometheusClient;
import org.hotelagent.perf.config.PerfConfig;

/**
 * Every {@code perf.scaling.interval}, observes each configured service (consumer offsets, partition count,
 * processing timer), decides its desired replicas and announces each {@link Decision} as a CDI event: synchronously
 * to {@link ScalingGauges}, asynchronously to {@link HpaApplier}. Also refreshes the dead-letter gauges.
 */
@ApplicationScoped
public class ScalingAdvisor {

    private final PerfConfig config;
    private final ConsumerLagService lags;
    private final PrometheusClient prometheus;
    private final Event<Decision> decided;
    private final Map<String, ServiceTracker> trackers = new TreeMap<>();
    private final Map<String, Decision> latest = new ConcurrentHashMap<>();

    ScalingAdvisor(PerfConfig config, ConsumerLagService lags, PrometheusClient prometheus, Event<Decision> decided) {
        this.config = config;
        this.lags = lags;
        this.prometheus = prometheus;
        this.decided = decided;
        var scaling = config.scaling();
        config.services().forEach((name, service) -> trackers.put(name, new ServiceTracker(name,
                new ScalingPolicy(scaling.targetUtilization(), scaling.drainTime(), service.minReplicas(),
                        service.maxReplicas()), scaling.scaleDownWindow(), service.defaultServiceTime())));
    }

    @Scheduled(every = "${perf.scaling.interval}", concurrentExecution = ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> refreshOnSchedule() {
        return refresh().replaceWithVoid()
                .onFailure().invoke(failure -> Log.warnf(failure, "Scaling refresh failed"))
                .onFailure().recoverWithNull();
    }

    /**
     * Observes every service once and answers the new decisions, ordered by service name. Subscribes on a worker
     * thread: the I/O is asynchronous, but the first Admin calls load classes for seconds, too long for an event loop.
     */
    public Uni<List<Decision>> refresh() {
        return Uni.createFrom().deferred(this::observeAll).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private Uni<List<Decision>> observeAll() {
        var now = Instant.now();
        var deadLetters = lags.measureDeadLetters().onFailure().recoverWithItem(Map.of()).replaceWithVoid();
        if (trackers.isEmpty()) {
            return deadLetters.replaceWith(List.of());
        }
        var decisions = trackers.keySet().stream()
                .map(name -> observe(config.services().get(name), now).map(observation -> decide(name, observation)))
                .toList();
        return deadLetters.chain(() -> Uni.join().all(decisions).andFailFast()).call(this::announceAsync);
    }

    /**
     * Notifies the asynchronous observers (the HPA applier, on worker threads since it blocks on the Kubernetes API)
     * and completes when they are done, so that a refresh answers with what was applied. Their failures are theirs.
     */
    private Uni<Void> announceAsync(List<Decision> decisions) {
        var notified = decisions.stream().map(decision -> Uni.createFrom()
                .completionStage(() -> decided.fireAsync(decision)).onFailure().recoverWithNull()).toList();
        return Uni.join().all(notified).andFailFast().replaceWithVoid();
    }

    /** The latest decision per service, ordered by service name; empty before the first refresh. */
    public List<Decision> latest() {
        return new TreeMap<>(latest).values().stream().toList();
    }

    private synchronized Decision decide(String name, Observation observation) {
        var decision = trackers.get(name).decide(observation);
        latest.put(name, decision);
        decided.fire(decision);
        return decision;
    }

    private Uni<Observation> observe(PerfConfig.Service service, Instant now) {
        return Uni.combine().all().unis(offsets(service, now), partitions(service), timer(service))
                .with((offsets, partitions, timer) -> new Observation(now, offsets, partitions, timer));
    }

    private Uni<Optional<OffsetSnapshot>> offsets(PerfConfig.Service service, Instant now) {
        if (service.group().isEmpty() || service.topic().isEmpty()) {
            return Uni.createFrom().item(Optional.empty());
        }
        return lags.measure(service.group())
                .map(groups -> groups.stream().findFirst().map(lag -> OffsetSnapshot.of(now, lag,
                        service.topic().get())))
                .onFailure().recoverWithItem(Optional.empty());
    }

    private Uni<OptionalInt> partitions(PerfConfig.Service service) {
        return service.topic().map(topic -> lags.partitionCount(topic).map(OptionalInt::of)
                        .onFailure().recoverWithItem(OptionalInt.empty()))
                .orElseGet(() -> Uni.createFrom().item(OptionalInt.empty()));
    }

    private Uni<Optional<TimerSample>> timer(PerfConfig.Service service) {
        return prometheus.timer(service.metricsUrl(), service.timer(), service.timerLabels())
                .map(Optional::of)
                .onFailure().recoverWithItem(Optional.empty());
    }
}
