package org.hotelagent.gateway.domain.email;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

import org.hotelagent.gateway.client.gmail.GmailClient;
import org.hotelagent.gateway.config.GatewayConfig;
import org.hotelagent.gateway.persistence.EmailThreadRepository;
import org.hotelagent.gateway.persistence.GmailSyncRepository;

/**
 * Brings a Gmail mailbox's new INBOX mail into the same path as IMAP mail ({@link EmailInboundService}: parsing,
 * loop protection, publish once): users.history.list from the stored history id, users.messages.get (raw) per added
 * mail, and the new history id stored only once every one of them is in Kafka (or needs no event). Without a stored
 * id, or when Gmail no longer knows it (404), a full resync reads the INBOX of the last days instead; mails published
 * before are recognised by their Message-ID. Pushes and the safety poll call {@link #sync}; overlapping syncs are
 * safe, as a mail being published by one is left to it and that sync's history id is not stored.
 */
@ApplicationScoped
public class GmailSyncService {

    // Our own sent mail and drafts show up in the history too (a mail to ourselves is also in the INBOX).
    private static final Set<String> NOT_GUEST_MAIL = Set.of("SENT", "DRAFT", "SPAM", "TRASH");

    private final GmailClient gmail;
    private final GmailSyncRepository syncs;
    private final EmailInboundService inbound;
    private final EmailThreadRepository threads;
    private final GatewayConfig config;

    GmailSyncService(GmailClient gmail, GmailSyncRepository syncs, EmailInboundService inbound,
                     EmailThreadRepository threads, GatewayConfig config) {
        this.gmail = gmail;
        this.syncs = syncs;
        this.inbound = inbound;
        this.threads = threads;
        this.config = config;
    }

    /** The hotel whose Gmail mailbox is {@code address} (as a push names it), if any. */
    public Optional<String> hotelOf(String address) {
        return config.email().mailboxes().entrySet().stream()
                .filter(e -> e.getValue().gmail().isPresent())
                .filter(e -> e.getValue().address().equalsIgnoreCase(address)
                        || e.getValue().gmail().get().user().equalsIgnoreCase(address))
                .map(Map.Entry::getKey).findFirst();
    }

    /** Completes once the mailbox is synced and its new history id stored; fails if Gmail, Kafka or Redis do. */
    public Uni<Void> sync(String hotelId) {
        var mailbox = config.email().mailboxes().get(hotelId);
        var account = mailbox.gmail().orElseThrow();
        return syncs.historyId(hotelId).chain(start -> start == null ? fullSync(hotelId, mailbox, "no history id yet")
                : gmail.changes(hotelId, account, start).chain(changes -> changes.isPresent()
                        ? take(hotelId, mailbox, changes.get())
                        : fullSync(hotelId, mailbox, "history id " + start + " is too old")));
    }

    private Uni<Void> fullSync(String hotelId, GatewayConfig.Email.Mailbox mailbox, String why) {
        var account = mailbox.gmail().orElseThrow();
        var settings = config.email().gmail();
        Log.infof("Gmail mailbox of hotel %s: full resync of the INBOX of the last %d days (%s)", hotelId,
                settings.fullSyncWindow().toDays(), why);
        // The history id is read first: whatever arrives while the INBOX is listed comes again with the next sync.
        return gmail.historyId(hotelId, account).chain(now -> gmail.recentInbox(hotelId, account,
                settings.fullSyncWindow(), settings.fullSyncMax())
                .chain(newestFirst -> take(hotelId, mailbox,
                        new GmailClient.Changes(newestFirst.reversed(), now))));
    }

    private Uni<Void> take(String hotelId, GatewayConfig.Email.Mailbox mailbox, GmailClient.Changes changes) {
        return Multi.createFrom().iterable(changes.addedIds().stream().distinct().toList())
                .onItem().transformToUniAndConcatenate(id -> takeOne(hotelId, mailbox, id))
                .collect().asList()
                .chain(outcomes -> outcomes.contains(EmailInboundService.Outcome.BUSY)
                        ? Uni.createFrom().voidItem().invoke(() -> Log.debugf("Gmail mailbox of hotel %s: a mail is "
                                + "being published by another sync; history id left for it", hotelId))
                        : syncs.advance(hotelId, changes.historyId()));
    }

    private Uni<EmailInboundService.Outcome> takeOne(String hotelId, GatewayConfig.Email.Mailbox mailbox, String id) {
        // MIME parsing is CPU work on up to megabytes: off the event loop, as on the IMAP path.
        return gmail.raw(hotelId, mailbox.gmail().orElseThrow(), id).emitOn(Infrastructure.getDefaultWorkerPool())
                .chain(found -> found.isPresent() && isGuestMail(found.get().labelIds())
                        ? publish(hotelId, mailbox, found.get())
                        : Uni.createFrom().item(EmailInboundService.Outcome.IGNORED));
    }

    private Uni<EmailInboundService.Outcome> publish(String hotelId, GatewayConfig.Email.Mailbox mailbox,
                                                     GmailClient.RawMail found) {
        var mail = inbound.read(hotelId, mailbox.address(), found.raw(), "Gmail message " + found.id());
        if (mail == null) {
            return Uni.createFrom().item(EmailInboundService.Outcome.IGNORED);
        }
        // The reply goes into the guest's Gmail thread: remembered also for a duplicate, in case a crash lost it.
        return inbound.accept(hotelId, mail).call(outcome -> outcome == EmailInboundService.Outcome.PUBLISHED
                || outcome == EmailInboundService.Outcome.DUPLICATE
                ? threads.rememberGmailThread(hotelId, mail.messageId(), found.threadId(), config.dedupeWindow())
                : Uni.createFrom().voidItem());
    }

    private static boolean isGuestMail(List<String> labels) {
        return labels.contains("INBOX") && labels.stream().noneMatch(NOT_GUEST_MAIL::contains);
    }
}
