package org.hotelagent.audio.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import org.hotelagent.audio.domain.AudioTools;

/** Ready only when ffmpeg runs, since every voice message is transcoded; reports which languages can be heard. */
@Readiness
@ApplicationScoped
class AudioToolsHealthCheck implements HealthCheck {

    private final AudioTools tools;

    AudioToolsHealthCheck(AudioTools tools) {
        this.tools = tools;
    }

    @Override
    public HealthCheckResponse call() {
        var ffmpegRuns = tools.ffmpegRuns();
        var capabilities = tools.capabilities();
        return HealthCheckResponse.named("Audio tools")
                .status(ffmpegRuns)
                .withData("ffmpeg", ffmpegRuns ? "runs" : "missing or failing")
                .withData("speechToText", String.join(",", capabilities.speechToTextReady()))
                .build();
    }
}
