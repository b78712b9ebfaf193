package org.hotelagent.contracts.dialogue;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A menu of options grouped in sections; {@code buttonLabel} opens it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReplyList(String buttonLabel, List<Section> sections) {

    /** A titled group of rows. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Section(String title, List<Row> rows) {
    }

    /** One option; a tap comes back as a Choice with {@code id}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Row(String id, String title, String description) {
    }
}
