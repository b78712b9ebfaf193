package org.hotelagent.audio.domain;

import java.util.Arrays;

/** A voice of one text-to-speech engine, configured as {@code engine:voice}, e.g. {@code espeak-ng:pt-br}. */
public record Voice(TtsEngine engine, String name) {

    public static Voice parse(String spec) {
        var separator = spec.indexOf(':');
        if (separator <= 0 || separator == spec.length() - 1) {
            throw new IllegalArgumentException("A voice is engine:voice, e.g. freetts:kevin16, not '" + spec + "'");
        }
        var engineId = spec.substring(0, separator).trim();
        var engine = Arrays.stream(TtsEngine.values()).filter(e -> e.id().equals(engineId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown text-to-speech engine '" + engineId
                        + "' in '" + spec + "'"));
        return new Voice(engine, spec.substring(separator + 1).trim());
    }

    @Override
    public String toString() {
        return engine.id() + ":" + name;
    }
}
