package org.hotelagent.audio.domain;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotelagent.audio.config.AudioConfig;

/** Speaks text with a configured voice and encodes it in the requested format. */
@ApplicationScoped
public class TextToSpeech {

    private final FreeTtsSynthesizer freeTts;
    private final AudioTranscoder transcoder;
    private final String espeakPath;
    private final int espeakWordGap;

    TextToSpeech(FreeTtsSynthesizer freeTts, AudioTranscoder transcoder, AudioConfig config) {
        this.freeTts = freeTts;
        this.transcoder = transcoder;
        this.espeakPath = config.espeakPath();
        this.espeakWordGap = config.tts().espeakWordGap();
    }

    /** CPU-bound (FreeTTS) and blocking (espeak-ng, ffmpeg): call from a worker thread. */
    public byte[] synthesize(Voice voice, String text, SpeechFormat format) {
        var wav = switch (voice.engine()) {
            case FREETTS -> freeTts.synthesize(voice.name(), text);
            case ESPEAK_NG -> espeak(voice.name(), text);
        };
        return transcoder.encode(wav, format);
    }

    /** Text goes through stdin, never the command line, so guest-visible text cannot become an option. */
    private byte[] espeak(String voiceName, String text) {
        return Processes.output(List.of(espeakPath, "-v", voiceName, "-g", Integer.toString(espeakWordGap),
                        "--stdout", "--stdin"),
                text.getBytes(StandardCharsets.UTF_8));
    }
}
