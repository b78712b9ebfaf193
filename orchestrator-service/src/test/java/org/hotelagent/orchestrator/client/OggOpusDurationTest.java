package org.hotelagent.orchestrator.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import org.hotelagent.orchestrator.support.AudioStandIn;

class OggOpusDurationTest {

    @Test
    void readsThePlayingTimeFromTheLastPageLessThePreSkip() {
        assertThat(OggOpusDuration.of(AudioStandIn.VOICE_NOTE)).hasValue(1_500);
    }

    @Test
    void knowsNothingOfOtherFormatsOrTruncatedStreams() {
        assertThat(OggOpusDuration.of("RIFF....WAVEfmt ".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(OggOpusDuration.of(Arrays.copyOf(AudioStandIn.VOICE_NOTE, 30))).isEmpty();
        assertThat(OggOpusDuration.of(new byte[0])).isEmpty();
    }
}
