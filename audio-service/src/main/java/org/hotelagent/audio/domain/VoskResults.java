package org.hotelagent.audio.domain;

import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the JSON a Vosk recognizer returns with word timings enabled. */
final class VoskResults {

    private static final ObjectMapper JSON = new ObjectMapper();

    private VoskResults() {
    }

    /** {@code {"result":[{"conf":1.0,"end":1.02,"start":0.5,"word":"and"}],"text":"and"}}; no "result" for silence. */
    static List<Transcript.Word> words(String json, double offsetSeconds) {
        try {
            var result = JSON.readTree(json).path("result");
            return StreamSupport.stream(result.spliterator(), false)
                    .map(node -> word(node, offsetSeconds)).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Vosk returned unreadable JSON: " + json, e);
        }
    }

    private static Transcript.Word word(JsonNode node, double offsetSeconds) {
        return new Transcript.Word(node.path("word").asText(), node.path("start").asDouble() - offsetSeconds,
                node.path("end").asDouble() - offsetSeconds, node.path("conf").asDouble());
    }
}
