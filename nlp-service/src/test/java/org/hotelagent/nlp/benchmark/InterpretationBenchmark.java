package org.hotelagent.nlp.benchmark;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import org.hotelagent.nlp.domain.Interpretation;
import org.hotelagent.nlp.domain.Understanding;

/**
 * The whole understanding of one guest text (language, intent, entities, sentiment) as {@code InterpretationService}
 * runs it, one shared pipeline as in the service, each thread cycling through {@link Pipeline#TEXTS}. Run with
 * {@code scripts/mvn.sh -B -pl nlp-service exec:exec@benchmark} after a build (see docs/BENCHMARKS.md).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m", "-XX:+UseSerialGC"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class InterpretationBenchmark {

    private Understanding understanding;

    /** Where this thread is in the text mix. */
    @State(Scope.Thread)
    public static class Cursor {
        private int next;

        @Setup(Level.Trial)
        public void start() {
            next = (int) (Thread.currentThread().threadId() % Pipeline.TEXTS.size());
        }

        Pipeline.GuestText take() {
            var text = Pipeline.TEXTS.get(next);
            next = (next + 1) % Pipeline.TEXTS.size();
            return text;
        }
    }

    @Setup(Level.Trial)
    public void load() {
        understanding = Pipeline.understanding();
    }

    /** Mean time per text, and its distribution (p50, p99) over the mix. */
    @Benchmark
    @BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Interpretation interpret(Cursor cursor) {
        return interpretNext(cursor);
    }

    /** Texts per second on one thread. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(1)
    public Interpretation throughputOneThread(Cursor cursor) {
        return interpretNext(cursor);
    }

    /** Texts per second on two threads sharing the pipeline (one per core here). */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    public Interpretation throughputTwoThreads(Cursor cursor) {
        return interpretNext(cursor);
    }

    private Interpretation interpretNext(Cursor cursor) {
        var text = cursor.take();
        return understanding.interpret(text.text(), text.languageHint(), text.locale(), Pipeline.REFERENCE_DATE);
    }
}
