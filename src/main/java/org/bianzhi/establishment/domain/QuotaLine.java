package org.bianzhi.establishment.domain;

/**
 * One line of a unit's establishment for one quota type on one date: 核定 approved, 实有 occupied,
 * 已核准用编未到岗 reserved, 空编 vacant = max(approved − occupied − reserved, 0), 超编 over = max(occupied − approved, 0).
 */
public record QuotaLine(QuotaType quotaType, int approved, int occupied, int reserved) {

    public int vacant() {
        return Math.max(approved - occupied - reserved, 0);
    }

    public int over() {
        return Math.max(occupied - approved, 0);
    }

    /** Whether {@code n} more people can enter without breaking the quota. */
    public boolean hasRoomFor(int n) {
        return approved - occupied - reserved >= n;
    }
}
