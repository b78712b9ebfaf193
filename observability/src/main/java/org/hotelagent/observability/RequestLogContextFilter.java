package org.hotelagent.observability;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Puts the guest message an HTTP call acts for into the log context: the {@code X-Correlation-Id} and
 * {@code X-Conversation-Id} headers our services send each other, else a {@code conversationId} path parameter, and
 * the {@code hotelId} path parameter. Each request has its own duplicated context, so nothing carries over to the
 * next request.
 */
public class RequestLogContextFilter {

    public static final String CORRELATION_HEADER = "X-Correlation-Id";
    public static final String CONVERSATION_HEADER = "X-Conversation-Id";

    @ServerRequestFilter
    public void putLogContext(ContainerRequestContext request) {
        var correlationId = request.getHeaderString(CORRELATION_HEADER);
        var path = request.getUriInfo().getPathParameters();
        var conversationId = request.getHeaderString(CONVERSATION_HEADER);
        if (conversationId == null) {
            conversationId = path.getFirst("conversationId");
        }
        var hotelId = path.getFirst("hotelId");
        if (correlationId != null || conversationId != null || hotelId != null) {
            LogContext.put(correlationId, conversationId, hotelId);
        }
    }
}
