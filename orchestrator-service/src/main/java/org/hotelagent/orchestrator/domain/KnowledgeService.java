package org.hotelagent.orchestrator.domain;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

import org.hotelagent.contracts.nlp.MessageInterpreted;
import org.hotelagent.orchestrator.persistence.KnowledgeRepository;
import org.hotelagent.orchestrator.persistence.StaffTaskRepository;

/** The hotel's stored answers to a guest's question, and the team asked when there are none. */
@ApplicationScoped
public class KnowledgeService {

    private final KnowledgeRepository knowledge;
    private final StaffTaskRepository tasks;

    KnowledgeService(KnowledgeRepository knowledge, StaffTaskRepository tasks) {
        this.knowledge = knowledge;
        this.tasks = tasks;
    }

    /** The topics the guest's words name and the hotel's answers to them in the reply language. */
    public Uni<Asked> asked(MessageInterpreted message) {
        var topics = KnowledgeTopic.mentionedIn(message.text());
        return knowledge.answers(message.hotelId(), topics, Wording.languageOf(message.language()))
                .map(answers -> new Asked(topics, answers));
    }

    /** A staff task for the question, in the turn's transaction. */
    public Uni<Void> askTeam(SqlConnection connection, MessageInterpreted message) {
        return tasks.open(connection, message);
    }

    /** What the guest asked about and what the hotel has stored for it. */
    public record Asked(Set<KnowledgeTopic> topics, List<String> answers) {
    }
}
