package org.hotelagent.gateway.client.gmail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.mutiny.Uni;

import org.hotelagent.gateway.config.GatewayConfig;
import org.hotelagent.gateway.config.GatewayConfig.Email.GmailAccount;

/**
 * The Gmail API of each hotel's Gmail mailbox: incremental (history) and full sync, raw mails, sends and push
 * watches. Every call carries the mailbox's cached access token; a 401 refreshes it once and repeats the call.
 */
@ApplicationScoped
public class GmailClient {

    private static final String INBOX = "INBOX";

    private final GoogleTokens tokens;
    private final GatewayConfig config;
    private final Map<String, GmailApi> apis = new ConcurrentHashMap<>();

    GmailClient(GoogleTokens tokens, GatewayConfig config) {
        this.tokens = tokens;
        this.config = config;
    }

    /** The INBOX mails added after a history id, oldest first (ids may repeat), and the mailbox's history id now. */
    public record Changes(List<String> addedIds, long historyId) {
    }

    /** A mail as Gmail stores it: its RFC 5322 bytes, thread and labels. */
    public record RawMail(String id, String threadId, List<String> labelIds, byte[] raw) {
    }

    /**
     * users.history.list from {@code startHistoryId}, every page; empty when Gmail no longer has that history id
     * (404: it is too old), which calls for a full sync.
     */
    public Uni<Optional<Changes>> changes(String hotelId, GmailAccount account, long startHistoryId) {
        return historyPage(hotelId, account, startHistoryId, null, new ArrayList<>()).map(Optional::of)
                .onFailure(f -> f instanceof GmailFailure gmail && gmail.status() == 404)
                .recoverWithItem(Optional.empty());
    }

    private Uni<Changes> historyPage(String hotelId, GmailAccount account, long start, String pageToken,
                                     List<String> ids) {
        return call(hotelId, account, (api, bearer) -> api.history(account.user(), bearer, start, "messageAdded",
                INBOX, pageToken)).chain(page -> {
                    if (page.history() != null) {
                        page.history().stream().filter(h -> h.messagesAdded() != null)
                                .flatMap(h -> h.messagesAdded().stream()).forEach(a -> ids.add(a.message().id()));
                    }
                    return page.nextPageToken() == null
                            ? Uni.createFrom().item(new Changes(ids, Long.parseLong(page.historyId())))
                            : historyPage(hotelId, account, start, page.nextPageToken(), ids);
                });
    }

    /** The mailbox's current history id (users.getProfile): where a full sync's successor starts. */
    public Uni<Long> historyId(String hotelId, GmailAccount account) {
        return call(hotelId, account, (api, bearer) -> api.profile(account.user(), bearer))
                .map(profile -> Long.parseLong(profile.historyId()));
    }

    /** The ids of the INBOX mails of the last {@code window}, newest first, at most {@code max}. */
    public Uni<List<String>> recentInbox(String hotelId, GmailAccount account, Duration window, int max) {
        return inboxPage(hotelId, account, "newer_than:" + Math.max(1, window.toDays()) + "d", max, null,
                new ArrayList<>());
    }

    private Uni<List<String>> inboxPage(String hotelId, GmailAccount account, String query, int max,
                                        String pageToken, List<String> ids) {
        return call(hotelId, account, (api, bearer) -> api.messages(account.user(), bearer, INBOX, query,
                Math.min(500, max - ids.size()), pageToken)).chain(page -> {
                    if (page.messages() != null) {
                        page.messages().stream().limit(max - ids.size()).forEach(m -> ids.add(m.id()));
                    }
                    return page.nextPageToken() == null || ids.size() >= max ? Uni.createFrom().item(ids)
                            : inboxPage(hotelId, account, query, max, page.nextPageToken(), ids);
                });
    }

    /** users.messages.get with format=raw; empty when the mail is gone (deleted since it was listed). */
    public Uni<Optional<RawMail>> raw(String hotelId, GmailAccount account, String id) {
        return call(hotelId, account, (api, bearer) -> api.message(account.user(), bearer, id, "raw"))
                .map(m -> Optional.of(new RawMail(m.id(), m.threadId(), m.labelIds() == null ? List.of()
                        : m.labelIds(), Base64.getUrlDecoder().decode(m.raw()))))
                .onFailure(f -> f instanceof GmailFailure gmail && gmail.status() == 404)
                .recoverWithItem(Optional.empty());
    }

    /**
     * users.messages.send of an RFC 5322 mail into the guest's thread ({@code threadId} may be null); returns the
     * sent message's id. Transient failures (429, 5xx, no answer) are retried with the SMTP backoff settings; a
     * permanent {@link GmailFailure} fails at once.
     */
    public Uni<String> send(String hotelId, GmailAccount account, byte[] mail, String threadId) {
        var email = config.email();
        var outgoing = new GmailApi.Outgoing(Base64.getUrlEncoder().encodeToString(mail), threadId);
        return call(hotelId, account, (api, bearer) -> api.send(account.user(), bearer, outgoing))
                .map(GmailApi.Message::id)
                .onFailure(GmailClient::isTransient)
                .invoke(f -> Log.warnf("Gmail send for hotel %s failed, retrying: %s", hotelId, f.getMessage()))
                .onFailure(GmailClient::isTransient)
                .retry().withBackOff(email.sendBackoff(), email.sendBackoff().multipliedBy(16))
                .atMost(Math.max(0, email.sendAttempts() - 1));
    }

    /** users.watch: (re)starts pushes of INBOX changes to the Pub/Sub topic; returns when the watch expires. */
    public Uni<Long> watch(String hotelId, GmailAccount account, String topic) {
        var request = new GmailApi.WatchRequest(topic, List.of(INBOX), "include");
        return call(hotelId, account, (api, bearer) -> api.watch(account.user(), bearer, request))
                .map(watch -> Long.parseLong(watch.expiration()));
    }

    private <T> Uni<T> call(String hotelId, GmailAccount account, BiFunction<GmailApi, String, Uni<T>> request) {
        var api = apis.computeIfAbsent(hotelId, hotel -> QuarkusRestClientBuilder.newBuilder()
                .baseUri(account.apiUrl())
                .connectTimeout(config.email().timeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.email().timeout().toMillis(), TimeUnit.MILLISECONDS)
                .build(GmailApi.class));
        return tokens.bearer(hotelId, account).chain(bearer -> request.apply(api, bearer)
                .onFailure(f -> f instanceof GmailFailure gmail && gmail.status() == 401)
                .recoverWithUni(() -> {
                    // Revoked early or expired meanwhile: one fresh token, one more try.
                    tokens.forget(hotelId, bearer);
                    return tokens.bearer(hotelId, account).chain(fresh -> request.apply(api, fresh));
                }));
    }

    private static boolean isTransient(Throwable failure) {
        return !(failure instanceof GmailFailure gmail && (gmail.permanent() || gmail.status() == 401));
    }
}
