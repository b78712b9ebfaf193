package org.hotelagent.gateway.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

import org.hotelagent.gateway.config.GatewayConfig;

/**
 * Downloads media guests sent: {@code GET /{version}/{media-id}} for a short-lived URL, then that URL, both with the
 * bearer token and an explicit User-Agent (Meta's media host answers an error page without one). Redirects are
 * followed by hand so the token never goes to a host outside Meta's (or the configured Graph URL's).
 */
@ApplicationScoped
public class WhatsAppMediaClient {

    private static final List<String> META_HOSTS = List.of(".fbsbx.com", ".fbcdn.net", ".whatsapp.net",
            ".facebook.com");
    private static final int MAX_REDIRECTS = 3;

    private final GatewayConfig config;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    WhatsAppMediaClient(GatewayConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    /** Where a medium can be downloaded, with what Meta says about it. */
    public Uni<MediaInfo> info(String phoneNumberId, String mediaId) {
        var whatsApp = config.whatsapp();
        var uri = URI.create(whatsApp.graphUrl().toString().replaceAll("/+$", "") + "/" + whatsApp.apiVersion() + "/"
                + mediaId + "?phone_number_id=" + phoneNumberId);
        return get(uri, 0).map(body -> {
            try {
                return json.readValue(body, MediaInfo.class);
            } catch (IOException e) {
                throw new MediaFailure("metadata-unreadable", false, e);
            }
        });
    }

    /** The bytes at a media URL, refusing bodies longer than {@code maxBytes}. */
    public Uni<byte[]> download(String url, long maxBytes) {
        return get(URI.create(url), 0).invoke(body -> {
            if (body.length > maxBytes) {
                throw new MediaFailure("too-large", false, null);
            }
        });
    }

    private Uni<byte[]> get(URI uri, int redirects) {
        var request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5))
                .header("User-Agent", config.whatsapp().media().userAgent());
        if (trusted(uri)) {
            request.header("Authorization", "Bearer " + config.whatsapp().accessToken());
        }
        return Uni.createFrom().completionStage(() -> http.sendAsync(request.build(),
                        HttpResponse.BodyHandlers.ofByteArray()))
                .onFailure(e -> !(e instanceof MediaFailure)).transform(e -> new MediaFailure("unreachable", true, e))
                .chain(response -> {
                    var status = response.statusCode();
                    if (status >= 300 && status < 400 && redirects < MAX_REDIRECTS) {
                        var location = response.headers().firstValue("Location").orElseThrow(
                                () -> new MediaFailure("redirect-without-location", false, null));
                        return get(uri.resolve(location), redirects + 1);
                    }
                    if (status != 200) {
                        throw new MediaFailure("http-" + status, status >= 500 || status == 429 || status == 404
                                || status == 410, null);
                    }
                    return Uni.createFrom().item(response.body());
                });
    }

    /** Meta's media hosts and the configured Graph URL (a stand-in in tests) get the token; nobody else. */
    private boolean trusted(URI uri) {
        var host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return host.equals(config.whatsapp().graphUrl().getHost()) || META_HOSTS.stream().anyMatch(host::endsWith);
    }

    /** What {@code GET /{media-id}} answers; {@code file_size} comes as a string or a number. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MediaInfo(String url, @JsonProperty("mime_type") String mimeType, String sha256,
                            @JsonProperty("file_size") Long fileSize, String id) {
    }

    /** A download that did not work; {@code retryable} when another attempt may succeed. */
    public static final class MediaFailure extends RuntimeException {

        private final String reason;
        private final boolean retryable;

        public MediaFailure(String reason, boolean retryable, Throwable cause) {
            super("media download failed: " + reason, cause);
            this.reason = reason;
            this.retryable = retryable;
        }

        public String reason() {
            return reason;
        }

        public boolean retryable() {
            return retryable;
        }
    }
}
