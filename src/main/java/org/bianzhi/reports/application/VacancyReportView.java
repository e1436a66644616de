package org.bianzhi.reports.application;

import java.time.LocalDate;
import java.util.List;
import org.bianzhi.reports.domain.Tally;

/**
 * 空编/超编统计 on one date: without a roll-up the {@code lines} (one per unit and quota type), with one the
 * {@code rows} (per parent unit, region or unit kind); always the grand {@code total}.
 */
public record VacancyReportView(LocalDate asOf, String rollup, List<Line> lines, List<Row> rows, Row total) {

    /** 核定 / 实有 / 已核准用编未到岗 / 空编 / 超编 of one unit in one quota type. */
    public record Line(String unitCode, String unitName, String unitKind, String unitKindLabel, String regionCode,
                       String quotaType, String quotaTypeLabel,
                       int approved, int occupied, int reserved, int vacant, int over) {}

    /** A roll-up row: its sums per quota type and over all types. */
    public record Row(String key, String label, List<Quota> quotas, Tally total) {}

    public record Quota(String quotaType, String quotaTypeLabel, int approved, int occupied, int reserved, int vacant, int over) {}
}
