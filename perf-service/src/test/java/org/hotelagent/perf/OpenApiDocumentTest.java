package org.hotelagent.perf;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.hotelagent.contracts.OpenApiRules;

/** Every published operation says what it does, where it belongs and how it fails (STYLE §9). */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void everyOperationHasASummaryATagAndAnErrorResponse() {
        var document = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString();

        assertThat(OpenApiRules.title(document)).isEqualTo("perf-service");
        assertThat(OpenApiRules.operations(document)).isNotEmpty();
        // Reading the last advice and refreshing it cannot fail: unreachable sources become reasons in the answer.
        assertThat(OpenApiRules.violations(document,
                Set.of("GET /api/scaling-hints", "POST /api/scaling-hints/refresh"))).isEmpty();
    }
}
