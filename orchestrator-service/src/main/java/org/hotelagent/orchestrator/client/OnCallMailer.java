package org.hotelagent.orchestrator.client;

import java.time.Duration;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.smallrye.mutiny.Uni;

/** Sends escalation emails to a hotel's on-call person over SMTP (quarkus-mailer, {@code quarkus.mailer.*}). */
@ApplicationScoped
public class OnCallMailer {

    /** A slow SMTP server delays the guest's next message (the turn waits for the email), so it is bounded. */
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final ReactiveMailer mailer;
    private final Map<String, Template> escalations;

    OnCallMailer(ReactiveMailer mailer, @Location("escalation.txt") Template english,
                 @Location("escalation-es.txt") Template spanish, @Location("escalation-pt.txt") Template portuguese) {
        this.mailer = mailer;
        this.escalations = Map.of("en", english, "es", spanish, "pt", portuguese);
    }

    /**
     * Sends the escalation in the staff's language (es, en, pt; English otherwise); never fails: an SMTP failure or
     * timeout is logged (without the guest's data) and answered false, since the conversation is handed over to staff
     * either way.
     */
    public Uni<Boolean> send(String from, String to, String subject, String staffLanguage, OnCallAlert alert) {
        var template = escalations.getOrDefault(staffLanguage, escalations.get("en"));
        var body = template.data("hotelId", alert.hotelId()).data("localTime", alert.localTime())
                .data("timeZone", alert.timeZone()).data("hours", alert.hours()).data("reason", alert.reason())
                .data("channel", alert.channel()).data("guest", alert.guest()).data("language", alert.language())
                .data("text", alert.text()).data("staffUrl", alert.staffUrl()).render();
        return mailer.send(Mail.withText(to, subject, body).setFrom(from))
                .ifNoItem().after(TIMEOUT).fail()
                .replaceWith(true)
                .onFailure().recoverWithItem(failure -> {
                    Log.errorf("The on-call escalation for hotel %s was not sent: %s", alert.hotelId(),
                            failure.toString());
                    return false;
                });
    }

    /** What on-call staff are told: enough to act, no contact data. */
    public record OnCallAlert(String hotelId, String localTime, String timeZone, String hours, String reason,
                              String channel, String guest, String language, String text, String staffUrl) {
    }
}
