package org.hotelagent.orchestrator.domain;

import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import org.hotelagent.contracts.nlp.MessageInterpreted;
import org.hotelagent.orchestrator.client.OnCallMailer;
import org.hotelagent.orchestrator.client.OnCallMailer.OnCallAlert;
import org.hotelagent.orchestrator.config.OrchestratorConfig;

/**
 * Out of a hotel's business hours, urgent messages are escalated to its on-call person by email, once per
 * conversation (the conversation records it). The email names the hotel, the channel, the guest's first name and the
 * message with email addresses and phone numbers masked: what on-call needs to act, no more.
 */
@ApplicationScoped
public class OnCallEscalation {

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern NUMBER = Pattern.compile("\\+?\\d[\\d\\s().-]{4,}\\d");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    /** The subject in the staff's language; English for a language not listed. */
    private static final Map<String, String> SUBJECTS = Map.of("en", "Urgent guest message out of hours: ",
            "es", "Mensaje urgente de un huésped fuera de horario: ",
            "pt", "Mensagem urgente de hóspede fora de horas: ");
    /** Why the message is urgent, in words for Spanish and Portuguese staff; English staff read the reason's code. */
    private static final Map<String, Map<String, String>> REASONS = Map.of(
            "es", Map.of("request", "pidió hablar con una persona", "complaint", "queja", "urgent",
                    "palabras de urgencia", "misunderstanding", "no se le entendió"),
            "pt", Map.of("request", "pediu para falar com uma pessoa", "complaint", "reclamação", "urgent",
                    "palavras de urgência", "misunderstanding", "não foi entendido"));

    private final OnCallMailer mailer;
    private final OrchestratorConfig config;
    private final Clock clock;

    OnCallEscalation(OnCallMailer mailer, OrchestratorConfig config, Clock clock) {
        this.mailer = mailer;
        this.config = config;
        this.clock = clock;
    }

    /** The hotel is closed now by the service clock, in the hotels' time zone. */
    public boolean outOfHours(String hotelId) {
        return !BusinessHours.parse(config.escalation().businessHoursOf(hotelId)).isOpenAt(now());
    }

    /** Emails the hotel's on-call person about {@code message}; a hotel without one gets a warning in the log. */
    public Uni<Void> alert(MessageInterpreted message) {
        var escalation = config.escalation();
        var onCall = escalation.onCallOf(message.hotelId());
        if (onCall.isEmpty()) {
            Log.warnf("Urgent message out of hours for hotel %s, handed over, but no on-call email is configured",
                    message.hotelId());
            return Uni.createFrom().voidItem();
        }
        var language = escalation.staffLanguageOf(message.hotelId());
        var reason = Dialogue.handOverReason(message, Dialogue.Then.ESCALATE);
        var alert = new OnCallAlert(message.hotelId(), now().format(HH_MM), config.timeZone().getId(),
                escalation.businessHoursOf(message.hotelId()),
                REASONS.getOrDefault(language, Map.of()).getOrDefault(reason, reason),
                message.channel().code(), firstName(message), message.language(), masked(message.text()),
                escalation.staffUrl());
        var subject = SUBJECTS.getOrDefault(language, SUBJECTS.get("en")) + message.hotelId();
        return mailer.send(escalation.from(), onCall.get(), subject, language, alert).replaceWithVoid();
    }

    /** Email addresses and phone-like numbers replaced, so the message says what happened and not who to reach. */
    static String masked(String text) {
        if (text == null) {
            return "(no text)";
        }
        return NUMBER.matcher(EMAIL.matcher(text).replaceAll("[email]")).replaceAll("[number]");
    }

    private LocalTime now() {
        return LocalTime.ofInstant(clock.instant(), config.timeZone());
    }

    private static String firstName(MessageInterpreted message) {
        var name = message.guest() == null ? null : message.guest().displayName();
        return name == null || name.isBlank() ? "(no name given)" : name.strip().split("\\s+")[0];
    }
}
