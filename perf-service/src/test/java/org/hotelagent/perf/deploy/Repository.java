package org.hotelagent.perf.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** Files of the repository outside perf-service that the deploy tests read: deploy/, k8s/, scripts/topics.txt. */
final class Repository {

    static final YAMLMapper YAML = new YAMLMapper();

    private Repository() {
    }

    /** The repository root: the parent of the module directory Maven runs the tests in. */
    static Path root() {
        var module = Path.of("").toAbsolutePath();
        var root = module.resolve("deploy").toFile().isDirectory() ? module : module.getParent();
        if (!root.resolve("deploy").toFile().isDirectory() || !root.resolve("k8s").toFile().isDirectory()) {
            throw new IllegalStateException("no deploy/ and k8s/ next to " + module);
        }
        return root;
    }

    static Path path(String relative) {
        return root().resolve(relative);
    }

    static JsonNode yaml(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every document of a multi-document YAML file, empty ones skipped. */
    static List<JsonNode> documents(Path file) {
        try (var parser = YAML.getFactory().createParser(file.toFile())) {
            var documents = new ArrayList<JsonNode>();
            YAML.readValues(parser, JsonNode.class).forEachRemaining(document -> {
                if (document != null && !document.isNull() && !document.isMissingNode()) {
                    documents.add(document);
                }
            });
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(String relative) {
        try {
            return Files.readAllLines(path(relative)).stream()
                    .map(line -> line.replaceFirst("#.*", "").trim()).filter(line -> !line.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
