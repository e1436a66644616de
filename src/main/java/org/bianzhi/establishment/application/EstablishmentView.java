package org.bianzhi.establishment.application;

import java.time.LocalDate;
import java.util.List;

/** A unit's establishment on one date, per quota type and per leadership category. */
public record EstablishmentView(String unitCode, String unitName, LocalDate asOf, List<Quota> quotas,
                                List<Leadership> leadership) {

    /** 核定 / 实有 / 已核准用编未到岗 / 空编 / 超编 for one quota type. */
    public record Quota(String quotaType, String quotaTypeLabel, int approved, int occupied, int reserved, int vacant, int over) {}

    /** 核定职数 against 实配 for one leadership category. */
    public record Leadership(String category, String categoryLabel, int approved, int holders, int vacant, int over) {}
}
