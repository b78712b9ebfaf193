package org.hotelagent.contracts.nlp;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A piece of data found in the interpreted text.
 *
 * @param start offset of the first UTF-16 char of {@code text} in the interpreted text (Java String index)
 * @param end   offset one past its last char
 * @param value the normalised value: ISO date, integer, E.164 phone, room type code, decimal amount...
 * @param unit  what {@code value} is measured in when that matters, e.g. the ISO currency of an amount
 * @param role  {@code previous} for a value the guest is replacing ("move it from Dec 10 to Dec 17": Dec 10)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Entity(EntityType type, int start, int end, String text, String value, String unit, String role) {
}
