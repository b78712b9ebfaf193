package org.hotelagent.orchestrator.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import org.hotelagent.orchestrator.domain.KnowledgeTopic;

/** Each hotel's stored answers, per topic and language. */
@ApplicationScoped
public class KnowledgeRepository {

    private static final String ANSWERS = """
            select topic, answer from hotel_knowledge
            where hotel_id = $1 and language = $2 and topic = any($3)
            """;

    private final Pool pool;

    KnowledgeRepository(Pool pool) {
        this.pool = pool;
    }

    /** The hotel's answers for {@code topics} in {@code language}, in topic order; topics without one are left out. */
    public Uni<List<String>> answers(String hotelId, Collection<KnowledgeTopic> topics, String language) {
        if (topics.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        var names = topics.stream().map(Enum::name).toArray(String[]::new);
        return pool.preparedQuery(ANSWERS).execute(Tuple.of(hotelId, language, names)).map(rows -> {
            var byTopic = new EnumMap<KnowledgeTopic, String>(KnowledgeTopic.class);
            rows.forEach(row -> byTopic.put(KnowledgeTopic.valueOf(row.getString("topic")), row.getString("answer")));
            return new ArrayList<>(byTopic.values());
        });
    }
}
