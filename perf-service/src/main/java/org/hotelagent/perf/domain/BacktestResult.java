package org.hotelagent.perf.domain;

import java.util.Locale;

/**
 * The outcome of replaying a load trace through one autoscaler.
 *
 * @param lateMessages   messages answered after the SLO, plus those still queued at the end
 * @param replicaMinutes replicas paid for (starting ones included) integrated over the trace
 */
public record BacktestResult(String autoscaler, double messages, double lateMessages, double replicaMinutes,
                             int peakReplicas) {

    public double violationShare() {
        return messages == 0 ? 0 : lateMessages / messages;
    }

    public String markdownRow() {
        return String.format(Locale.ROOT, "| %s | %.2f %% | %.0f | %d |", autoscaler, 100 * violationShare(),
                replicaMinutes, peakReplicas);
    }
}
