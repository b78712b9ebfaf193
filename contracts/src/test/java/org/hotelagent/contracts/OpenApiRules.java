package org.hotelagent.contracts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The rule every service's OpenAPI document is held to (STYLE §9): each operation has a summary, a tag and at least
 * one documented 4xx/5xx response. Shared through this module's test-jar so the rule is written once.
 */
public final class OpenApiRules {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    private OpenApiRules() {
    }

    /** "METHOD /path" of every operation in the document. */
    public static List<String> operations(String openApiJson) {
        var names = new ArrayList<String>();
        read(openApiJson).path("paths").properties().forEach(path -> METHODS.stream()
                .filter(method -> path.getValue().has(method))
                .forEach(method -> names.add(method.toUpperCase() + " " + path.getKey())));
        return names;
    }

    /**
     * What breaks the rule, one line per problem; empty when the document is fine.
     *
     * @param cannotFail operations ("GET /api/x") exempt from the error-response rule because nothing they do can fail
     */
    public static List<String> violations(String openApiJson, Set<String> cannotFail) {
        var problems = new ArrayList<String>();
        read(openApiJson).path("paths").properties().forEach(path -> METHODS.stream()
                .filter(method -> path.getValue().has(method))
                .forEach(method -> {
                    var name = method.toUpperCase() + " " + path.getKey();
                    var operation = path.getValue().path(method);
                    if (operation.path("summary").asText("").isBlank()) {
                        problems.add(name + ": no summary");
                    }
                    if (operation.path("tags").isEmpty()) {
                        problems.add(name + ": no tag");
                    }
                    var documentsFailure = operation.path("responses").propertyStream()
                            .anyMatch(response -> response.getKey().matches("[45]\\d\\d"));
                    if (!documentsFailure && !cannotFail.contains(name)) {
                        problems.add(name + ": no documented 4xx/5xx response");
                    }
                }));
        return problems;
    }

    /** The document's {@code info.title}. */
    public static String title(String openApiJson) {
        return read(openApiJson).path("info").path("title").asText();
    }

    private static JsonNode read(String json) {
        try {
            return GoldenSamples.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
