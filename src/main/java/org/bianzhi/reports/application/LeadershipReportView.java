package org.bianzhi.reports.application;

import java.time.LocalDate;
import java.util.List;

/** 领导职数配备 on one date: per unit and category, the totals per category and the grand total. */
public record LeadershipReportView(LocalDate asOf, List<Line> lines, List<Line> totals, Line total) {

    /** 核定职数 / 实配 / 空缺 / 超配; {@code unitCode} and {@code unitName} are absent in totals, {@code category} in the grand total. */
    public record Line(String unitCode, String unitName, String category, String categoryLabel, int approved, int holders, int vacant, int over) {}
}
