package org.bianzhi.travel.crossing.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * 预警来源: the extension point of the warning inbox. Each source is a CDI bean; {@code TravelWarningService} collects
 * from every one, places each person in their unit, applies the caller's scope and masking, and sorts and pages. A new
 * kind of deadline (e.g. objections to a public notice, {@link WarningKind#PUBLIC_NOTICE_OBJECTION}) is a new bean, with
 * no change to the inbox.
 */
public interface WarningSource {

    /**
     * Everyone's items due on a day from {@code today} to {@code until} (both inclusive) and not done by {@code today}
     * (as known on it). An item past its due day is not a warning: it is a finding by then.
     */
    List<TravelWarning> dueBetween(LocalDate today, LocalDate until);
}
