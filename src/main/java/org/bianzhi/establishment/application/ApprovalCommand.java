package org.bianzhi.establishment.application;

import java.time.LocalDate;
import org.bianzhi.shared.application.Bound;

/**
 * 核定: {@code approved} slots of a quota type ({@code quotaType}) or positions of a leadership
 * category ({@code category}) for a unit from {@code validFrom}, on {@code basisDocument} (批准文号).
 */
public record ApprovalCommand(String quotaType, String category, Integer approved,
                              @Bound(since = Bound.PRC, yearsAhead = Bound.PLANNED_YEARS) LocalDate validFrom, String basisDocument) {
}
