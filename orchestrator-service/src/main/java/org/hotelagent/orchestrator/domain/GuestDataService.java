package org.hotelagent.orchestrator.domain;

import java.time.Clock;
import java.util.List;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

import org.hotelagent.orchestrator.persistence.ConversationRepository;
import org.hotelagent.orchestrator.persistence.GuestDataRepository;
import org.hotelagent.orchestrator.persistence.GuestDataRepository.AuditEntry;
import org.hotelagent.orchestrator.persistence.StoredGuestData;

/** GDPR requests: hand over everything stored about a guest, or erase it; both audited without any guest data. */
@ApplicationScoped
public class GuestDataService {

    private final GuestDataRepository data;
    private final ConversationRepository conversations;
    private final Clock clock;

    GuestDataService(GuestDataRepository data, ConversationRepository conversations, Clock clock) {
        this.data = data;
        this.conversations = conversations;
        this.clock = clock;
    }

    /**
     * The guest's conversations (by id or channel address) with their turns and pending actions, of the hotels
     * {@code hotels} accepts (the admin's): another hotel's are neither read nor counted in the audit.
     */
    public Uni<Exported> export(List<String> conversationIds, List<String> addresses, Predicate<String> hotels,
                                String actor) {
        return data.find(conversationIds, addresses, hotels).chain(data::read)
                .chain(found -> data.audit("export", actor, clock.instant(), found.size())
                        .invoke(this::log).map(audit -> new Exported(audit, found)));
    }

    /**
     * Anonymises the guest's conversations, each in its own transaction under the conversation's lock (so no turn
     * of that guest is half-recorded meanwhile). Idempotent: erased conversations are not found again, and a second
     * request erases nothing and says so. Only conversations of the hotels {@code hotels} accepts are touched.
     */
    public Uni<AuditEntry> erase(List<String> conversationIds, List<String> addresses, Predicate<String> hotels,
                                 String actor) {
        return data.find(conversationIds, addresses, hotels)
                .chain(found -> Multi.createFrom().iterable(found).onItem()
                        .transformToUniAndConcatenate(id -> conversations.<Void>locked(id,
                                connection -> data.erase(connection, id)))
                        .collect().asList().replaceWith(found.size()))
                .chain(count -> data.audit("erasure", actor, clock.instant(), count)).invoke(this::log);
    }

    public Uni<List<AuditEntry>> auditTrail(int limit) {
        return data.auditTrail(limit);
    }

    private void log(AuditEntry audit) {
        Log.infof("Guest data %s %s by %s: %d conversations", audit.action(), audit.id(), audit.actor(),
                audit.conversations());
    }

    /** An export and its audit entry. */
    public record Exported(AuditEntry audit, List<StoredGuestData> conversations) {
    }
}
