package org.hotelagent.orchestrator.signin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

/** Signing in with the users of src/test/resources/staff-users.txt, whose hashes openssl made. */
@QuarkusTest
class SignInTest {

    @Test
    void theRightPasswordBuysATokenTheStaffApiAccepts() {
        var token = given().contentType("application/json")
                .body("{\"user\":\"Staff@Demo-Hotel\",\"password\":\"staff-secret\"}")
                .when().post("/api/sign-in")
                .then().statusCode(200)
                .body("user", equalTo("staff@demo-hotel"))
                .body("roles", contains("staff"))
                .body("hotelId", equalTo("demo-hotel"))
                .body("expiresAt", notNullValue())
                .extract().path("token").toString();

        given().auth().oauth2(token).when().get("/api/conversations").then().statusCode(200);
        given().auth().oauth2(token).queryParam("hotelId", "other-hotel").get("/api/conversations")
                .then().statusCode(403);
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
        for (var body : new String[] {"{\"user\":\"staff@demo-hotel\",\"password\":\"staff-secreT\"}",
                "{\"user\":\"nobody@demo-hotel\",\"password\":\"staff-secret\"}"}) {
            given().contentType("application/json").body(body)
                    .when().post("/api/sign-in")
                    .then().statusCode(401)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:hotel-agent:problem:sign-in-failed"))
                    .body("detail", equalTo("Unknown user or wrong password"));
        }
    }

    @Test
    void missingFieldsAreABadRequest() {
        given().contentType("application/json").body("{\"user\":\"staff@demo-hotel\"}")
                .when().post("/api/sign-in")
                .then().statusCode(400)
                .body("type", equalTo("urn:hotel-agent:problem:invalid-request"));
    }

    @Test
    void aTokenCarriesOnlyTheUsersRoles() {
        var staffToken = given().contentType("application/json")
                .body("{\"user\":\"staff@demo-hotel\",\"password\":\"staff-secret\"}")
                .post("/api/sign-in").then().statusCode(200).extract().path("token").toString();
        given().contentType("application/json")
                .body("{\"user\":\"admin@hotel-agent\",\"password\":\"admin-secret\"}")
                .post("/api/sign-in").then().statusCode(200)
                .body("roles", contains("staff", "admin"))
                .body("hotelId", equalTo("*"));

        given().auth().oauth2(staffToken + "x").when().get("/api/conversations").then().statusCode(401);
    }

    @Test
    void theStaffPageIsServedWithItsSignInForm() {
        given().when().get("/staff/")
                .then().statusCode(200)
                .contentType("text/html")
                .body(containsString("data-testid=\"sign-in-form\""), containsString("staff.js"));
        given().when().get("/staff/staff.js")
                .then().statusCode(200)
                .body(containsString("/api/sign-in"));
    }
}
