package org.hotelagent.orchestrator.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import org.hotelagent.orchestrator.domain.KnowledgeTopic;

/** Each hotel's stored answers, per topic and language. */
@ApplicationScoped
public class KnowledgeRepository {

    private static final String ANSWERS = """
            select topic, answer from hotel_knowledge
            where hotel_id = $1 and language = $2 and topic = any($3)
            """;

    private static final String ALL = """
            select hotel_id, topic, language, answer, updated_at, updated_by from hotel_knowledge
            where hotel_id = $1 order by topic, language
            """;
    private static final String UPSERT = """
            insert into hotel_knowledge (hotel_id, topic, language, answer, updated_by) values ($1, $2, $3, $4, $5)
            on conflict (hotel_id, topic, language) do update
                set answer = excluded.answer, updated_by = excluded.updated_by, updated_at = now()
            returning hotel_id, topic, language, answer, updated_at, updated_by
            """;

    private final Pool pool;

    KnowledgeRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<KnowledgeEntry>> all(String hotelId) {
        return pool.preparedQuery(ALL).execute(Tuple.of(hotelId))
                .map(rows -> rows.stream().map(KnowledgeRepository::entry).toList());
    }

    public Uni<KnowledgeEntry> save(String hotelId, KnowledgeTopic topic, String language, String answer,
                                    String editor) {
        return pool.preparedQuery(UPSERT).execute(Tuple.of(hotelId, topic.name(), language, answer, editor))
                .map(rows -> entry(rows.iterator().next()));
    }

    private static KnowledgeEntry entry(Row row) {
        return new KnowledgeEntry(row.getString("hotel_id"), row.getString("topic"), row.getString("language"),
                row.getString("answer"), row.getOffsetDateTime("updated_at").toInstant(),
                row.getString("updated_by"));
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
