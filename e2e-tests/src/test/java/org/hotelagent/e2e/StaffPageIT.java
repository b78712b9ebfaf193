package org.hotelagent.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The staff page in a real browser: sign-in, a guest's conversation, and editing what the agent answers. */
@Tag("browser")
@ExtendWith(RunningSuite.class)
class StaffPageIT {

    private final Suite suite = RunningSuite.suite();

    @Test
    void staffSignInReadAGuestsConversationAndChangeAnAnswerTheAgentThenGives() throws Exception {
        var guest = new WhatsAppGuest(suite, RunningSuite.graphApi(), "351", "Inês Carvalho");
        guest.says("Bom dia! Posso levar o meu cão para o hotel?");
        var firstAnswer = guest.nextReply().text();

        try (var browser = Browser.open(null)) {
            browser.get(suite.url("orchestrator-service") + "/staff/");
            browser.byTestId("sign-in-user").sendKeys(Suite.STAFF_USER);
            browser.byTestId("sign-in-password").sendKeys("not-the-password");
            browser.byTestId("sign-in-submit").click();
            browser.until(d -> browser.byTestId("sign-in-error").isDisplayed());
            assertThat(browser.byTestId("sign-in-error").getText()).isEqualTo("Unknown user or wrong password");
            browser.byTestId("sign-in-user").clear();
            signIn(browser, suite);

            var item = browser.until(d -> browser.allByTestId("conversation-item").stream()
                    .filter(e -> e.getText().contains(guest.name)).findFirst().orElse(null));
            item.click();
            browser.until(d -> browser.byTestId("conversation-guest").getText().equals(guest.name));
            assertThat(browser.byTestId("conversation-language").getText()).isEqualTo("pt");
            var turn = browser.allByTestId("turn").getFirst();
            assertThat(turn.getText()).contains("Posso levar o meu cão para o hotel?");
            assertThat(turn.findElement(By.cssSelector("[data-testid='turn-reply']")).getText())
                    .isEqualTo(firstAnswer);
            browser.screenshot("staff-page-conversation");

            browser.byTestId("tab-knowledge").click();
            var pets = browser.byTestId("knowledge-pets-pt");
            var changed = "Sim, aceitamos cães até 10 kg por 15 € a noite; avise-nos na reserva.";
            pets.clear();
            pets.sendKeys(changed);
            browser.byTestId("knowledge-save-pets-pt").click();
            browser.until(d -> browser.byTestId("knowledge-save-pets-pt").getText().equals("Saved"));
            browser.screenshot("staff-page-knowledge");

            var next = new WhatsAppGuest(suite, RunningSuite.graphApi(), "351", "Rui Teixeira");
            next.says("Olá, aceitam animais de estimação? Tenho um cão pequeno");
            assertThat(next.nextReply().text()).isEqualTo(changed);
        }
    }

    /** Opens the staff page and signs in as the suite's staff user; returns once the desk is shown. */
    static void signIn(Browser browser, Suite suite) {
        if (!browser.driver().getCurrentUrl().endsWith("/staff/")) {
            browser.get(suite.url("orchestrator-service") + "/staff/");
        }
        browser.byTestId("sign-in-user").sendKeys(Suite.STAFF_USER);
        browser.byTestId("sign-in-password").clear();
        browser.byTestId("sign-in-password").sendKeys(Suite.STAFF_PASSWORD);
        browser.byTestId("sign-in-submit").click();
        // Selenium reads hidden elements as empty: the name shows once the desk replaced the form.
        browser.until(d -> browser.byTestId("signed-in-user").getText().equals(Suite.STAFF_USER));
        assertThat(browser.byTestId("sign-in-form").isDisplayed()).isFalse();
    }
}
