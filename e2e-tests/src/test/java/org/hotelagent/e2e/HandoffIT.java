package org.hotelagent.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.Select;

/**
 * A guest asks for a person: the agent says so and goes quiet, the staff page shows the conversation waiting, and
 * what staff write reaches the guest's web chat; released, the agent answers again.
 */
@Tag("browser")
@ExtendWith(RunningSuite.class)
class HandoffIT {

    private final Suite suite = RunningSuite.suite();

    @Test
    void staffTakeOverAConversationFromTheStaffPageAndTheirReplyReachesTheGuest() throws Exception {
        try (var guest = Browser.open(null, "en-GB"); var staff = Browser.open(null)) {
            var chat = ChatPage.open(guest, suite);
            var handedOver = chat.say("I want to speak to a real person, please");
            assertThat(handedOver.getText()).contains("colleague");
            var session = chat.session();

            StaffPageIT.signIn(staff, suite);
            new Select(staff.byTestId("handoff-filter")).selectByValue("requested");
            var item = staff.until(d -> staff.allByTestId("conversation-item").stream()
                    .filter(e -> e.getText().contains(session)).findFirst().orElse(null));
            item.click();
            staff.until(d -> staff.byTestId("conversation-handoff").getText().equals("requested"));
            staff.byTestId("claim").click();
            staff.until(d -> staff.byTestId("conversation-handoff").getText().equals("claimed"));

            var staffText = "Hello, this is Marta from reception. How can I help you?";
            var before = chat.agentMessages().size();
            staff.byTestId("staff-reply-text").sendKeys(staffText);
            staff.byTestId("staff-reply-send").click();
            var fromStaff = chat.agentMessageAfter(before);
            assertThat(fromStaff.getText()).isEqualTo(staffText);
            staff.screenshot("staff-page-handoff");
            guest.screenshot("webchat-handoff");

            staff.byTestId("release").click();
            staff.until(d -> staff.byTestId("conversation-handoff").getText().equals("none"));
            var agentAgain = chat.say("Do you have parking?");
            assertThat(agentAgain.getText()).containsIgnoringCase("parking");
        }
    }
}
