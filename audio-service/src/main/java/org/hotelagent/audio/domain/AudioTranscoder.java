package org.hotelagent.audio.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import net.bramp.ffmpeg.FFprobe;
import net.bramp.ffmpeg.builder.FFmpegBuilder;
import net.bramp.ffmpeg.probe.FFmpegProbeResult;
import net.bramp.ffmpeg.probe.FFmpegStream;

import org.hotelagent.audio.config.AudioConfig;

/**
 * Drives ffmpeg: any guest recording to the 16 kHz mono s16le PCM Vosk hears, and synthesized WAV to the format
 * a channel plays. The net.bramp wrapper probes and builds the argument lists; the processes run through
 * ProcessBuilder because the wrapper's runner copies ffmpeg's stdout to System.out and waits, so it cannot stream
 * PCM into a recognizer while ffmpeg still decodes.
 */
@ApplicationScoped
public class AudioTranscoder {

    static final int PCM_SAMPLE_RATE = 16_000;
    static final long PCM_BYTES_PER_SECOND = PCM_SAMPLE_RATE * 2L;

    private final AudioConfig config;
    private final FFprobe ffprobe;

    AudioTranscoder(AudioConfig config) {
        this.config = config;
        this.ffprobe = new FFprobe(config.ffprobePath(), new net.bramp.ffmpeg.RunProcessFunction());
    }

    /**
     * Decodes a recording to PCM on the returned stream, after refusing unreadable or too long input. Reading
     * past the configured maximum duration throws {@link AudioException.Reason#AUDIO_TOO_LONG}, which catches
     * containers that do not declare their duration (live WebM recordings). Blocks on ffprobe.
     */
    PcmStream decode(Path recording) {
        var maximum = config.stt().maxDuration();
        var declared = probeDuration(recording);
        if (declared > maximum.toMillis() / 1000.0) {
            throw tooLong(maximum);
        }
        var args = new FFmpegBuilder().addExtraArgs("-nostdin").setVerbosity(FFmpegBuilder.Verbosity.ERROR)
                .setInput(recording.toString())
                .addStdoutOutput().disableVideo().disableSubtitle().setFormat("s16le").setAudioCodec("pcm_s16le")
                .setAudioChannels(1).setAudioSampleRate(PCM_SAMPLE_RATE)
                .setDuration(maximum.toMillis() + 1000, TimeUnit.MILLISECONDS).done().build();
        var maxBytes = maximum.toSeconds() * PCM_BYTES_PER_SECOND;
        return PcmStream.start(command(config.ffmpegPath(), args), maxBytes, () -> tooLong(maximum));
    }

    /** Encodes a WAV (any rate) to a mono voice file in the format. Blocks on ffmpeg. */
    public byte[] encode(byte[] wav, SpeechFormat format) {
        try {
            var input = Files.createTempFile("speech-", ".wav");
            try {
                Files.write(input, wav);
                var output = new FFmpegBuilder().addExtraArgs("-nostdin").setVerbosity(FFmpegBuilder.Verbosity.ERROR)
                        .setInput(input.toString()).addStdoutOutput().setFormat(format.container())
                        .setAudioCodec(format.codec()).setAudioChannels(1).setAudioSampleRate(format.sampleRate());
                if (format.extraArgs().length > 0) { // the wrapper refuses an empty list
                    output.addExtraArgs(format.extraArgs());
                }
                var args = output.done().build();
                return Processes.output(command(config.ffmpegPath(), args));
            } finally {
                Files.deleteIfExists(input);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("ffmpeg could not encode synthesized speech", e);
        }
    }

    private double probeDuration(Path recording) {
        FFmpegProbeResult probe;
        try {
            probe = ffprobe.probe(recording.toString());
        } catch (IOException | RuntimeException e) {
            throw new AudioException(AudioException.Reason.UNREADABLE_AUDIO,
                    "The file is not audio ffmpeg can read", e);
        }
        var audio = probe.getStreams().stream().filter(s -> s.codec_type == FFmpegStream.CodecType.AUDIO).toList();
        if (audio.isEmpty()) {
            throw new AudioException(AudioException.Reason.UNREADABLE_AUDIO, "The file has no audio track");
        }
        return probe.getFormat() == null ? 0 : probe.getFormat().duration;
    }

    private static AudioException tooLong(Duration maximum) {
        return new AudioException(AudioException.Reason.AUDIO_TOO_LONG,
                "Recordings may last at most " + maximum.toSeconds() + " s");
    }

    private static List<String> command(String executable, List<String> args) {
        var command = new ArrayList<String>(args.size() + 1);
        command.add(executable);
        command.addAll(args);
        return command;
    }
}
