package org.hotelagent.nlp.benchmark;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import org.hotelagent.nlp.domain.IntentClassifier;
import org.hotelagent.nlp.domain.LanguageDetector;

/**
 * Start-up cost of the two models, read from the classpath as the beans do. Single shot: each iteration is one
 * load; the first of a fork is the cold one that start-up pays (JIT cold, classes unloaded), later ones are warmer.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xmx256m", "-XX:+UseSerialGC"})
@Warmup(iterations = 0)
@Measurement(iterations = 5)
public class ModelLoadBenchmark {

    /** {@code nlp/intent.bin} (the maximum-entropy categorizer trained at build time) and its temperature. */
    @Benchmark
    public IntentClassifier loadIntentModel() {
        return new IntentClassifier();
    }

    /** OpenNLP's {@code langdetect-183.bin} from opennlp-models-langdetect. */
    @Benchmark
    public LanguageDetector loadLanguageModel() {
        return Pipeline.languageDetector();
    }
}
