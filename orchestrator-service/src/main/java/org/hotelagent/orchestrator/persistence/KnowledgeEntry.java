package org.hotelagent.orchestrator.persistence;

import java.time.Instant;

/** One stored answer of a hotel. */
public record KnowledgeEntry(String hotelId, String topic, String language, String answer, Instant updatedAt,
                             String updatedBy) {
}
