package org.hotelagent.gateway.consumer;

import java.time.Instant;
import java.util.function.BiFunction;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

import org.hotelagent.gateway.client.gmail.GmailClient;
import org.hotelagent.gateway.config.GatewayConfig;
import org.hotelagent.gateway.domain.email.GmailSyncService;

/**
 * The timers of the Gmail API transport: the safety sync of every Gmail mailbox (pushes are coalesced, delayed and
 * sometimes lost) and the renewal of each mailbox's push watch (users.watch expires after 7 days), both also run at
 * start. A mailbox that fails is logged and tried again next time; the others go on.
 */
@ApplicationScoped
class GmailSyncPoller {

    private final GmailSyncService sync;
    private final GmailClient gmail;
    private final GatewayConfig config;

    GmailSyncPoller(GmailSyncService sync, GmailClient gmail, GatewayConfig config) {
        this.sync = sync;
        this.gmail = gmail;
        this.config = config;
    }

    @Scheduled(every = "${gateway.email.gmail.sync-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> syncMailboxes() {
        return eachGmailMailbox((hotelId, mailbox) -> sync.sync(hotelId)
                .onFailure().invoke(failure -> Log.warnf("Gmail mailbox of hotel %s not synced (%s); next run "
                        + "retries", hotelId, failure.toString())));
    }

    @Scheduled(every = "${gateway.email.gmail.watch-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> renewWatches() {
        return eachGmailMailbox((hotelId, mailbox) -> mailbox.gmail().get().topic().isEmpty()
                ? Uni.createFrom().voidItem()
                : gmail.watch(hotelId, mailbox.gmail().get(), mailbox.gmail().get().topic().get())
                        .invoke(expires -> Log.infof("Gmail push watch of hotel %s renewed until %s", hotelId,
                                Instant.ofEpochMilli(expires)))
                        .onFailure().invoke(failure -> Log.errorf("ALERT gmail-watch-failed: hotel %s (%s); the "
                                + "safety sync still reads its mail", hotelId, failure.toString()))
                        .replaceWithVoid());
    }

    private Uni<Void> eachGmailMailbox(BiFunction<String, GatewayConfig.Email.Mailbox, Uni<Void>> work) {
        return Multi.createFrom().iterable(config.email().mailboxes().entrySet())
                .filter(entry -> entry.getValue().gmail().isPresent())
                .onItem().transformToUniAndConcatenate(entry -> work.apply(entry.getKey(), entry.getValue())
                        .onFailure().recoverWithNull())
                .collect().last().replaceWithVoid();
    }
}
