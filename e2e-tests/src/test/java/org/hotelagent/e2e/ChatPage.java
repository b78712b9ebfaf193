package org.hotelagent.e2e;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The gateway's guest chat page, as a guest uses it in the browser. */
final class ChatPage {

    private final Browser browser;

    private ChatPage(Browser browser) {
        this.browser = browser;
    }

    /** Opens the demo hotel's chat and waits until its socket is open. */
    static ChatPage open(Browser browser, Suite suite) {
        browser.get(suite.url("gateway-service") + "/chat/demo-hotel");
        browser.until(d -> "open".equals(browser.byTestId("connection-status").getDomAttribute("data-state")));
        return new ChatPage(browser);
    }

    /** Types a message, waits for the agent's next message, and returns it. */
    WebElement say(String text) {
        var before = agentMessages().size();
        browser.byTestId("message-input").sendKeys(text);
        browser.byTestId("send-button").click();
        return agentMessageAfter(before);
    }

    /** Taps a reply button or list option, waits for the agent's next message, and returns it. */
    WebElement tap(WebElement choice) {
        var before = agentMessages().size();
        choice.click();
        return agentMessageAfter(before);
    }

    /** The agent's message after the first {@code before} ones, once it arrived. */
    WebElement agentMessageAfter(int before) {
        return browser.until(d -> {
            var messages = agentMessages();
            return messages.size() > before ? messages.get(before) : null;
        });
    }

    List<WebElement> agentMessages() {
        return messages("agent");
    }

    /** The guest's last message, or null before the first. */
    WebElement lastGuestMessage() {
        var guest = messages("guest");
        return guest.isEmpty() ? null : guest.getLast();
    }

    /** The session id the page keeps, which is the last part of the conversation id. */
    String session() {
        return (String) browser.script("return JSON.parse(localStorage.getItem('hotel-agent:webchat:demo-hotel:session'))");
    }

    private List<WebElement> messages(String role) {
        return browser.driver().findElements(By.cssSelector("[data-testid='message'][data-role='" + role + "']"));
    }
}
