package org.hotelagent.pms.domain;

/**
 * Who asked for a change: the conversation (null when staff used the API) and the correlation id of the guest
 * message that caused it.
 */
public record RequestContext(String conversationId, String correlationId) {
}
