package org.hotelagent.gateway.client.gmail;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import org.hotelagent.gateway.config.GatewayConfig;

/**
 * OAuth2 access tokens of the Gmail mailboxes, obtained with each mailbox's refresh token (grant_type=refresh_token)
 * and cached per hotel until a minute before they expire.
 */
@ApplicationScoped
class GoogleTokens {

    private static final Duration MARGIN = Duration.ofMinutes(1);

    private final Map<String, AccessToken> cache = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json;
    private final GatewayConfig config;

    GoogleTokens(ObjectMapper json, GatewayConfig config) {
        this.json = json;
        this.config = config;
    }

    private record AccessToken(String bearer, Instant renewAt) {
    }

    /** The {@code Authorization} header value for the hotel's mailbox. */
    Uni<String> bearer(String hotelId, GatewayConfig.Email.GmailAccount account) {
        var cached = cache.get(hotelId);
        return cached != null && Instant.now().isBefore(cached.renewAt()) ? Uni.createFrom().item(cached.bearer())
                : refresh(hotelId, account).map(AccessToken::bearer);
    }

    /** Drops the cached token if it is still {@code bearer} (Gmail refused it), so the next call refreshes. */
    void forget(String hotelId, String bearer) {
        cache.computeIfPresent(hotelId, (hotel, token) -> token.bearer().equals(bearer) ? null : token);
    }

    private Uni<AccessToken> refresh(String hotelId, GatewayConfig.Email.GmailAccount account) {
        var form = "grant_type=refresh_token&client_id=" + encoded(account.clientId()) + "&client_secret="
                + encoded(account.clientSecret()) + "&refresh_token=" + encoded(account.refreshToken());
        // The token endpoint is one form POST to a full URL: the JDK client suffices, no REST client tree needed.
        var request = HttpRequest.newBuilder(account.tokenUrl()).timeout(config.email().timeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return Uni.createFrom().completionStage(() -> http.sendAsync(request, HttpResponse.BodyHandlers.ofString()))
                .onFailure(IOException.class)
                .transform(e -> new GmailFailure("Google token endpoint unreachable: " + e.getMessage(), 0))
                .map(response -> tokenOf(hotelId, response))
                .invoke(token -> cache.put(hotelId, token));
    }

    private AccessToken tokenOf(String hotelId, HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            // invalid_grant: the refresh token was revoked, or expired (an OAuth app left in "Testing": 7 days).
            Log.errorf("ALERT gmail-token-refused: Google refused the refresh token of hotel %s: %d %s", hotelId,
                    response.statusCode(), response.body());
            throw new GmailFailure("Google token endpoint answered " + response.statusCode(), response.statusCode());
        }
        try {
            var token = json.readTree(response.body());
            var lifetime = Duration.ofSeconds(token.path("expires_in").asLong(3600));
            return new AccessToken("Bearer " + token.path("access_token").asText(),
                    Instant.now().plus(lifetime).minus(MARGIN));
        } catch (IOException notJson) {
            throw new GmailFailure("Google token endpoint answered no JSON: " + notJson.getMessage(), 502);
        }
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
