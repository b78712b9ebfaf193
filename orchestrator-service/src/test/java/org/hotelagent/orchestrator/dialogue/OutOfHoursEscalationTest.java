package org.hotelagent.orchestrator.dialogue;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.hotelagent.contracts.nlp.Intent;
import org.hotelagent.orchestrator.support.GreenMailStandIn;
import org.hotelagent.orchestrator.support.GuestChat;
import org.hotelagent.orchestrator.support.StaffTokens;

/**
 * Urgent messages out of business hours: handed over and emailed to the hotel's on-call person (GreenMail), once per
 * conversation, without the guest's contact data. {@code closed-hotel} is closed at the test clock's 11:00 (Madrid).
 */
@QuarkusTest
@WithTestResource(value = GreenMailStandIn.class, scope = TestResourceScope.GLOBAL)
class OutOfHoursEscalationTest {

    static final String CLOSED = "closed-hotel";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    GreenMail mail;

    @Test
    void anUrgentComplaintOutOfHoursIsHandedOverAndEmailedToOnCallOnce() throws Exception {
        var address = "3460" + System.nanoTime() % 10_000_000;
        var marker = marker("caso");
        var text = "Hay agua por el suelo de la habitación 412 (" + marker + "), llamadme al +34 600 123 456 o a "
                + "eva.lima@example.com";
        try (var guest = new GuestChat(bootstrapServers, CLOSED, address, "Eva Lima")) {
            var notice = guest.says("es", text, Intent.complaint);
            given().auth().oauth2(StaffTokens.token("ana@" + CLOSED, CLOSED, "staff"))
                    .post("/api/conversations/{id}/release", guest.conversationId()).then().statusCode(200);
            var again = guest.says("es", "¡Sigue saliendo agua! " + marker, Intent.complaint);

            assertThat(notice.text()).isEqualTo("Ahora estamos fuera del horario de recepción, pero ya he avisado a la "
                    + "persona de guardia, que te escribirá por aquí lo antes posible.");
            assertThat(again.text()).isEqualTo(notice.text());
            await().atMost(Duration.ofSeconds(10)).until(() -> mailsMentioning(marker).size() == 1);
            var email = mailsMentioning(marker).getFirst();
            var body = text(email);
            assertThat(email.getAllRecipients()[0]).hasToString("on-call@closed-hotel.example");
            assertThat(email.getSubject()).isEqualTo("Urgent guest message out of hours: closed-hotel");
            assertThat(body).contains("closed-hotel", "11:00", "18:00-09:00", "complaint", "whatsapp", "Eva",
                    "habitación 412", "[number]", "[email]")
                    .doesNotContain(address, "Lima", "600 123 456", "eva.lima@example.com", guest.conversationId());
            Thread.sleep(1_000);
            assertThat(mailsMentioning(marker)).as("once per conversation").hasSize(1);
        }
    }

    @Test
    void urgentWordsAreEnoughOutOfHoursAndComplaintsInHoursGoToStaffWithoutAnEmail() throws Exception {
        var marker = marker("case");
        try (var flooded = new GuestChat(bootstrapServers, CLOSED, "4470" + System.nanoTime() % 10_000_000, "Kim");
             var daytime = new GuestChat(bootstrapServers, "hotel-" + UUID.randomUUID(),
                     "4471" + System.nanoTime() % 10_000_000, "Lee")) {
            var urgent = flooded.says("en", "Emergency: the bathroom is flooded " + marker, Intent.provide_info);
            var inHours = daytime.says("en", "The room is dirty and nobody helps " + marker, Intent.complaint);

            assertThat(urgent.text()).isEqualTo("We're outside office hours right now, but I've alerted the person on "
                    + "duty, who will write to you here as soon as possible.");
            assertThat(inHours.text()).isEqualTo("I'm passing you to a colleague at the hotel, who will write to you "
                    + "here shortly.");
            await().atMost(Duration.ofSeconds(10)).until(() -> mailsMentioning(marker).size() == 1);
            Thread.sleep(1_000);
            assertThat(text(mailsMentioning(marker).getFirst())).contains("flooded", "urgent")
                    .doesNotContain("dirty");
        }
    }

    @Test
    void theEmailIsInTheStaffsLanguageNotTheGuests() throws Exception {
        var marker = marker("caso");
        try (var guest = new GuestChat(bootstrapServers, "hotel-fechado", "4475" + System.nanoTime() % 10_000_000,
                "Ann")) {
            guest.says("en", "The ceiling is leaking over the bed " + marker, Intent.complaint);

            await().atMost(Duration.ofSeconds(10)).until(() -> mailsMentioning(marker).size() == 1);
            var email = mailsMentioning(marker).getFirst();
            assertThat(email.getSubject()).isEqualTo("Mensagem urgente de hóspede fora de horas: hotel-fechado");
            assertThat(text(email)).contains("Chegou uma mensagem urgente", "Motivo: reclamação", "Idioma: en",
                    "The ceiling is leaking");
        }
    }

    /** A word unique to the test, without digits: the escalation email masks digit runs like phone numbers. */
    private static String marker(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).replaceAll("\\d", "q");
    }

    private List<MimeMessage> mailsMentioning(String marker) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> text(m).contains(marker)).toList();
    }

    /** The decoded text of a plain-text mail (its raw body is quoted-printable, with soft line breaks). */
    private static String text(MimeMessage mail) {
        try {
            return mail.getContent().toString();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
