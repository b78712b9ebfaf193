package org.hotelagent.orchestrator.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import org.hotelagent.orchestrator.persistence.KnowledgeRepository;
import org.hotelagent.orchestrator.persistence.StaffTaskRepository;
import org.hotelagent.orchestrator.persistence.StaffTaskRepository.StaffTask;

/** Staff answering the guest questions the agent passed on: the answer goes to the guest, and may be kept. */
@ApplicationScoped
public class StaffTaskService {

    private final StaffTaskRepository tasks;
    private final HandoffService handoff;
    private final KnowledgeRepository knowledge;

    StaffTaskService(StaffTaskRepository tasks, HandoffService handoff, KnowledgeRepository knowledge) {
        this.tasks = tasks;
        this.handoff = handoff;
        this.knowledge = knowledge;
    }

    public Uni<List<StaffTask>> list(String hotelId, Boolean open, int limit) {
        return tasks.list(hotelId, open, limit);
    }

    /**
     * Resolves the task once (a second resolution is refused, so the guest gets one answer), sends the answer on the
     * guest's channel as a staff reply, and stores it as the hotel's answer to {@code topic} in the guest's language
     * when a topic is given. A task of a hotel not in {@code hotels} (the staff user's) is not found, and untouched.
     */
    public Uni<Resolution> resolve(UUID taskId, String answer, Optional<KnowledgeTopic> topic, String actor,
                                   Predicate<String> hotels) {
        return tasks.find(taskId).map(found -> found.filter(task -> hotels.test(task.hotelId()))).chain(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().item(new Resolution.NotFound());
            }
            if (found.get().resolvedAt() != null) {
                return Uni.createFrom().item(new Resolution.AlreadyResolved());
            }
            var task = found.get();
            return tasks.resolve(taskId, answer, actor).chain(resolved -> !resolved
                    ? Uni.createFrom().item(new Resolution.AlreadyResolved())
                    : handoff.tell(task.conversationId(), answer)
                    .call(() -> topic.map(t -> knowledge.save(task.hotelId(), t,
                            Wording.languageOf(task.language()), answer, actor).replaceWithVoid())
                            .orElseGet(() -> Uni.createFrom().voidItem()))
                    .map(reply -> reply.<Resolution>map(r -> new Resolution.Answered(r.eventId()))
                            .orElseGet(Resolution.NotFound::new)));
        });
    }

    /** What became of a resolution. */
    public sealed interface Resolution {
        /** The guest was sent the answer in this reply event. */
        record Answered(UUID replyEventId) implements Resolution {
        }

        /** No such task (or its conversation was erased). */
        record NotFound() implements Resolution {
        }

        /** Someone answered it already. */
        record AlreadyResolved() implements Resolution {
        }
    }
}
