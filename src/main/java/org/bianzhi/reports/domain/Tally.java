package org.bianzhi.reports.domain;

import org.bianzhi.establishment.domain.LeadershipLine;
import org.bianzhi.establishment.domain.QuotaLine;

/**
 * The numbers of one report line, or the sum of several: 核定 approved, 实有 occupied (for leadership: 实配 holders),
 * 已核准用编未到岗 reserved, 空编 vacant, 超编 over. A sum adds each line's vacant and over as they are: it never
 * recomputes them from the summed approved and occupied, so one unit's vacancy does not hide another's excess.
 */
public record Tally(int approved, int occupied, int reserved, int vacant, int over) {

    public static final Tally ZERO = new Tally(0, 0, 0, 0, 0);

    public static Tally of(QuotaLine l) {
        return new Tally(l.approved(), l.occupied(), l.reserved(), l.vacant(), l.over());
    }

    public static Tally of(LeadershipLine l) {
        return new Tally(l.approved(), l.holders(), 0, l.vacant(), l.over());
    }

    public Tally plus(Tally o) {
        return new Tally(approved + o.approved, occupied + o.occupied, reserved + o.reserved, vacant + o.vacant, over + o.over);
    }
}
