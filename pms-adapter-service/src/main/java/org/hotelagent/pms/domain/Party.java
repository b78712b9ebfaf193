package org.hotelagent.pms.domain;

/** Who sleeps in one room: adults and children. */
public record Party(int adults, int children) {

    public int guests() {
        return adults + children;
    }
}
