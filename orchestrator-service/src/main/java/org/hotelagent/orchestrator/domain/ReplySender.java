package org.hotelagent.orchestrator.domain;

import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import org.hotelagent.contracts.Channel;
import org.hotelagent.contracts.dialogue.ReplyComposed;
import org.hotelagent.contracts.dialogue.VoiceAttachment;
import org.hotelagent.contracts.message.MessageBody;
import org.hotelagent.contracts.nlp.MessageInterpreted;
import org.hotelagent.orchestrator.client.AudioClient;
import org.hotelagent.orchestrator.client.Speech;
import org.hotelagent.orchestrator.config.OrchestratorConfig;
import org.hotelagent.orchestrator.publisher.ReplyPublisher;

/**
 * Sends the agent's replies to guest messages, counted by kind. A guest who spoke gets a voice note too (issue 7):
 * the reply's text spoken by audio-service in the reply language, attached to the same reply event. The voice is an
 * extra: when audio-service refuses, fails, is slow (3 s) or its breaker is open, the reply goes out as text alone
 * and the outcome is counted. The voice is never stored: a redelivered message gets it synthesised again.
 */
@ApplicationScoped
class ReplySender {

    private final AudioClient audio;
    private final OrchestratorConfig config;
    private final DialogueMetrics metrics;
    private final ReplyPublisher publisher;

    ReplySender(AudioClient audio, OrchestratorConfig config, DialogueMetrics metrics, ReplyPublisher publisher) {
        this.audio = audio;
        this.config = config;
        this.metrics = metrics;
        this.publisher = publisher;
    }

    /**
     * Publishes {@code reply} to {@code message}, with a voice note when wanted; completes on the broker's
     * acknowledgement, at most 3 s later than a text-only reply would. {@code kind} (answered, holding, handoff,
     * follow-up) is counted; null for a republished reply, which was counted the first time.
     */
    Uni<Void> send(MessageInterpreted message, ReplyComposed reply, String kind) {
        return withVoice(message, reply).chain(publisher::publish)
                .invoke(() -> {
                    if (kind != null) {
                        metrics.replied(kind);
                    }
                });
    }

    /** {@code reply} with a voice note when the guest spoke and the hotel has voice replies on; never fails. */
    private Uni<ReplyComposed> withVoice(MessageInterpreted message, ReplyComposed reply) {
        if (!spoke(message) || reply.channel() == Channel.EMAIL || !config.voiceRepliesFor(message.hotelId())) {
            return Uni.createFrom().item(reply);
        }
        return audio.speak(reply.hotelId(), Wording.languageOf(reply.language()), reply.text())
                .map(speech -> {
                    metrics.voice(speech.isPresent() ? "attached" : "refused");
                    return speech.map(spoken -> with(reply, spoken)).orElse(reply);
                })
                .onFailure().recoverWithItem(failure -> {
                    metrics.voice(outcome(failure));
                    Log.warnf("Reply %s goes without voice: %s", reply.eventId(), failure.toString());
                    return reply;
                });
    }

    /** A voice note or other recording, transcribed by nlp (its text is the transcript). */
    private static boolean spoke(MessageInterpreted message) {
        return message.transcription() != null || message.body() instanceof MessageBody.Audio;
    }

    private static ReplyComposed with(ReplyComposed reply, Speech speech) {
        return new ReplyComposed(reply.eventId(), reply.occurredAt(), reply.conversationId(), reply.hotelId(),
                reply.correlationId(), reply.inReplyToEventId(), reply.channel(), reply.recipient(),
                reply.replyToChannelMessageId(), reply.language(), reply.text(), reply.buttons(), reply.list(),
                new VoiceAttachment(speech.mimeType(), speech.audio(), speech.durationMillis()), reply.subject());
    }

    private static String outcome(Throwable failure) {
        return switch (failure) {
            case org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException ignored -> "timed-out";
            case TimeoutException ignored -> "timed-out";
            case CircuitBreakerOpenException ignored -> "breaker-open";
            default -> "failed";
        };
    }
}
