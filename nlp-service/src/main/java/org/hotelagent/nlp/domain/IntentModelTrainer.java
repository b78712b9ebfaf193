package org.hotelagent.nlp.domain;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Build-time trainer (run by exec-maven-plugin in {@code process-classes}): reads the corpus, adds typo variants,
 * fits a maximum-entropy document categorizer over {@link IntentFeatures}, calibrates a softmax temperature on a
 * held-out fifth and writes {@code intent.bin} and {@code intent.properties}.
 */
public final class IntentModelTrainer {

    static final double[] TEMPERATURES = {0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.75, 1.0, 1.25, 1.5, 2.0};

    private IntentModelTrainer() {
    }

    /** Arguments: the corpus directory and the output directory. */
    public static void main(String[] args) throws IOException {
        var started = System.nanoTime();
        var examples = IntentCorpus.read(Path.of(args[0]));
        var output = Files.createDirectories(Path.of(args[1]));
        var heldOut = new ArrayList<IntentCorpus.Example>();
        var fitting = new ArrayList<IntentCorpus.Example>();
        for (int i = 0; i < examples.size(); i++) {
            (i % 5 == 2 ? heldOut : fitting).add(examples.get(i));
        }
        var temperature = calibrate(train(fitting), heldOut);
        var model = train(examples);
        try (OutputStream out = Files.newOutputStream(output.resolve("intent.bin"))) {
            model.serialize(out);
        }
        Files.writeString(output.resolve("intent.properties"), "temperature=" + temperature + "\nexamples="
                + examples.size() + "\n", StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "[intent-trainer] %d examples, temperature %.2f, %d ms%n", examples.size(),
                temperature, (System.nanoTime() - started) / 1_000_000);
    }

    static DoccatModel train(List<IntentCorpus.Example> examples) throws IOException {
        var random = new Random(42);
        var samples = new ArrayList<DocumentSample>();
        for (var example : examples) {
            samples.add(new DocumentSample(example.intent().name(), IntentFeatures.of(example.text())));
            samples.add(new DocumentSample(example.intent().name(),
                    IntentFeatures.of(Typos.introduce(example.text(), random))));
        }
        var parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ITERATIONS_PARAM, 150);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        var factory = new DoccatFactory(featureGenerators());
        return DocumentCategorizerME.train("mul", new CollectionObjectStream<>(samples), parameters, factory);
    }

    static FeatureGenerator[] featureGenerators() {
        return new FeatureGenerator[]{new BagOfWordsFeatureGenerator()};
    }

    /** The temperature that minimises the negative log-likelihood of the held-out examples. */
    static double calibrate(DoccatModel model, List<IntentCorpus.Example> heldOut) {
        var categorizer = new DocumentCategorizerME(model);
        double best = 1.0;
        double bestLoss = Double.MAX_VALUE;
        for (var temperature : TEMPERATURES) {
            double loss = 0;
            for (var example : heldOut) {
                var probabilities = IntentClassifier.soften(
                        categorizer.categorize(IntentFeatures.of(example.text())), temperature);
                loss -= Math.log(Math.max(1e-9, probabilities[categorizer.getIndex(example.intent().name())]));
            }
            if (loss < bestLoss) {
                bestLoss = loss;
                best = temperature;
            }
        }
        return best;
    }

    /** Realistic keyboard slips: a dropped, doubled or swapped letter in one longer word. */
    static final class Typos {

        private Typos() {
        }

        static String introduce(String text, Random random) {
            var words = text.split(" ");
            var candidates = new ArrayList<Integer>();
            for (int i = 0; i < words.length; i++) {
                if (words[i].length() > 4 && words[i].chars().allMatch(Character::isLetter)) {
                    candidates.add(i);
                }
            }
            if (candidates.isEmpty()) {
                return text;
            }
            int index = candidates.get(random.nextInt(candidates.size()));
            var word = new StringBuilder(words[index]);
            int at = 1 + random.nextInt(word.length() - 2);
            switch (random.nextInt(3)) {
                case 0 -> word.deleteCharAt(at);
                case 1 -> word.insert(at, word.charAt(at));
                default -> {
                    char c = word.charAt(at);
                    word.setCharAt(at, word.charAt(at + 1));
                    word.setCharAt(at + 1, c);
                }
            }
            words[index] = word.toString();
            return String.join(" ", words);
        }
    }
}
