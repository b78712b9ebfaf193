package org.hotelagent.gateway.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.hotelagent.gateway.domain.WebChatSites;

/**
 * The guest web chat page of a hotel, with the hotel's name; its script and styles are static resources under
 * {@code /chat-assets/}, and it talks to {@code /webchat/{hotelId}}.
 */
@Path("/chat")
@Tag(name = "Web chat", description = "The page guests chat with the agent on, in a browser")
public class WebChatPageResource {

    /** Scripts, styles, media and the socket only from this gateway: no CDN, no inline code. */
    private static final String POLICY = "default-src 'self'; media-src 'self' data: blob:; img-src 'self' data:; "
            + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private final WebChatSites sites;
    private final String template;

    WebChatPageResource(WebChatSites sites) {
        this.sites = sites;
        this.template = resource("webchat/chat.html");
    }

    @GET
    @Path("/{hotelId}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The web chat page of a hotel, branded with its name")
    @APIResponse(responseCode = "200", description = "The page (HTML; script and styles under /chat-assets/)")
    @APIResponse(responseCode = "404", description = "The hotel has no web chat (not in WEBCHAT_HOTELS)")
    public Response page(@PathParam("hotelId") String hotelId) {
        return sites.nameOf(hotelId)
                .map(name -> Response.ok(template.replace("{{hotelId}}", escape(hotelId))
                        .replace("{{hotelName}}", escape(name))))
                .orElseGet(() -> Response.status(Status.NOT_FOUND).entity("<!doctype html><title>Not found</title>"
                        + "<p>There is no web chat for this hotel.</p>"))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Security-Policy", POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    static String escape(String text) {
        var escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> escaped.append(switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> Character.toString(c);
        }));
        return escaped.toString();
    }

    private static String resource(String name) {
        try (var in = WebChatPageResource.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
