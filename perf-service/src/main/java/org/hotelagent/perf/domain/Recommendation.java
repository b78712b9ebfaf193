package org.hotelagent.perf.domain;

import java.util.List;

/** A replica count and the arithmetic that led to it, in order, for humans reading the decision. */
public record Recommendation(int replicas, List<String> reasons) {

    public Recommendation {
        reasons = List.copyOf(reasons);
    }
}
