package org.hotelagent.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class OpenApiRulesTest {

    private static final String DOCUMENT = """
            {"info": {"title": "x-service"}, "paths": {
              "/api/good": {"get": {"summary": "Read", "tags": ["A"],
                                    "responses": {"200": {}, "404": {}}}},
              "/api/bad": {"post": {"tags": [], "responses": {"200": {}}},
                           "parameters": []}}}
            """;

    @Test
    void listsEveryOperationAndWhatItLacks() {
        assertThat(OpenApiRules.operations(DOCUMENT)).containsExactly("GET /api/good", "POST /api/bad");
        assertThat(OpenApiRules.violations(DOCUMENT, Set.of())).containsExactly("POST /api/bad: no summary",
                "POST /api/bad: no tag", "POST /api/bad: no documented 4xx/5xx response");
        assertThat(OpenApiRules.violations(DOCUMENT, Set.of("POST /api/bad"))).hasSize(2);
        assertThat(OpenApiRules.title(DOCUMENT)).isEqualTo("x-service");
    }
}
