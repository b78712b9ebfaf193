package org.hotelagent.nlp.domain;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import org.hotelagent.contracts.message.MediaRef;
import org.hotelagent.contracts.message.MessageBody;
import org.hotelagent.nlp.client.AudioClient;
import org.hotelagent.nlp.client.TranscriptionResult;
import org.hotelagent.nlp.client.TranscriptionResult.Heard;
import org.hotelagent.nlp.config.NlpConfig;

/**
 * Turns voice notes into text: asks audio-service in each configured language ({@code nlp.voice.languages}) until
 * one has a speech model. Completes with empty, never fails, when there is nothing to transcribe (not audio, no
 * inline bytes), nothing was heard, or audio-service cannot help within {@code nlp.voice.max-wait}.
 */
@ApplicationScoped
public class TranscriptionService {

    private final AudioClient audio;
    private final NlpConfig config;

    TranscriptionService(AudioClient audio, NlpConfig config) {
        this.audio = audio;
        this.config = config;
    }

    public Uni<Optional<Heard>> transcribe(MessageBody body) {
        if (!(body instanceof MessageBody.Audio voice) || voice.media() == null || voice.media().data() == null
                || voice.media().data().length == 0) {
            return Uni.createFrom().item(Optional.empty());
        }
        return firstHeard(voice.media(), config.voice().languages())
                .ifNoItem().after(config.voice().maxWait()).recoverWithItem(Optional.empty())
                .onFailure().recoverWithItem(failure -> {
                    Log.warnf("Voice note left untranscribed: %s", failure.toString());
                    return Optional.empty();
                });
    }

    private Uni<Optional<Heard>> firstHeard(MediaRef media, List<String> languages) {
        if (languages.isEmpty()) {
            Log.info("No configured voice language is available in audio-service (nlp.voice.languages)");
            return Uni.createFrom().item(Optional.empty());
        }
        return audio.transcribe(languages.getFirst(), media.mimeType(), media.data())
                .chain(result -> switch (result) {
                    case Heard heard -> Uni.createFrom().item(Optional.of(heard).filter(TranscriptionService::said));
                    case TranscriptionResult.LanguageUnavailable unavailable ->
                            firstHeard(media, languages.subList(1, languages.size()));
                    case TranscriptionResult.Unheard unheard -> Uni.createFrom().item(Optional.<Heard>empty());
                });
    }

    private static boolean said(Heard heard) {
        return heard.text() != null && !heard.text().isBlank();
    }
}
