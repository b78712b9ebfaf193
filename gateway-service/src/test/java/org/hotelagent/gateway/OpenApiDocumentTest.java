package org.hotelagent.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.hotelagent.gateway.support.GraphApiStandIn;

/** Every published operation says what it does, where it belongs and how it fails (STYLE §9). */
@QuarkusTest
@QuarkusTestResource(GraphApiStandIn.class)
class OpenApiDocumentTest {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    @Test
    void everyOperationHasASummaryATagAndAnErrorResponse() {
        Map<String, Map<String, Map<String, Object>>> paths = given().queryParam("format", "json")
                .get("/q/openapi").then().statusCode(200).extract().jsonPath().getMap("paths");

        var operations = new TreeMap<String, Map<String, Object>>();
        paths.forEach((path, item) -> METHODS.stream().filter(item::containsKey)
                .forEach(method -> operations.put(method.toUpperCase() + " " + path, item.get(method))));

        assertThat(operations).isNotEmpty().allSatisfy((name, operation) -> {
            assertThat((String) operation.get("summary")).as("summary of %s", name).isNotBlank();
            assertThat((List<?>) operation.get("tags")).as("tags of %s", name).isNotEmpty();
            assertThat(((Map<?, ?>) operation.get("responses")).keySet()).as("error responses of %s", name)
                    .anySatisfy(status -> assertThat(status.toString()).matches("[45]\\d\\d"));
        });
    }
}
