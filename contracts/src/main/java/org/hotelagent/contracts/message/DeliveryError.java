package org.hotelagent.contracts.message;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Why a channel could not deliver a reply, in the channel's own terms (e.g. WhatsApp code 131049). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliveryError(String code, String title, String detail) {
}
