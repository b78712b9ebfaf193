package org.hotelagent.contracts.message;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A contact card shared by a guest. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SharedContact(String formattedName, List<String> phones, List<String> emails) {
}
