package org.hotelagent.gateway.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.hotelagent.gateway.support.GraphApiStandIn;

@QuarkusTest
@QuarkusTestResource(GraphApiStandIn.class)
class WebChatPageResourceTest {

    @Test
    void servesTheChatPageBrandedWithTheHotelsName() {
        given().get("/chat/demo-hotel")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .body(containsString("<title>Hotel Demo Mar · Chat</title>"))
                .body(containsString("<h1 data-testid=\"hotel-name\">Hotel Demo Mar</h1>"))
                .body(containsString("data-hotel-id=\"demo-hotel\""))
                .body(containsString("data-testid=\"message-input\""))
                .body(containsString("data-testid=\"send-button\""))
                .body(containsString("data-testid=\"mic-button\""))
                .body(containsString("<script src=\"/chat-assets/chat.js\" defer></script>"))
                .body(not(containsString("{{")));
    }

    @Test
    void escapesTheHotelsNameInThePage() {
        given().get("/chat/berlin-hotel")
                .then().statusCode(200)
                .body(containsString("<h1 data-testid=\"hotel-name\">Hotel Berlin &lt;Mitte&gt; &amp; Spa</h1>"))
                .body(not(containsString("<Mitte>")));
    }

    @Test
    void answers404ForAHotelWithoutAWebChat() {
        given().get("/chat/no-such-hotel").then().statusCode(404);
    }

    @Test
    void servesTheScriptAndStylesFromTheGatewayItself() {
        given().get("/chat-assets/chat.js")
                .then().statusCode(200)
                .contentType(containsString("javascript"))
                .body(containsString("/webchat/"))
                .body(containsString("MediaRecorder"));
        given().get("/chat-assets/chat.css").then().statusCode(200).contentType(containsString("text/css"));
    }
}
