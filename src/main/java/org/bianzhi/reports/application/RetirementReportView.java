package org.bianzhi.reports.application;

import java.time.LocalDate;
import java.util.List;
import org.bianzhi.shared.application.Page;

/**
 * 退休预测 from {@code asOf} to {@code until} ({@code years} later): a page of the people retiring, the slots their
 * retirements open per unit, quota type and year, and those slots per year over all units.
 */
public record RetirementReportView(LocalDate asOf, int years, LocalDate until, Page<Person> people, List<Opening> openings,
                                   List<Year> byYear) {

    /** The ID number is masked for roles that may not see it in full. */
    public record Person(String unitCode, String unitName, String quotaType, String quotaTypeLabel, String name,
                         String idNumber, String gender, String genderLabel,
                         LocalDate birthDate, String retirementAge, LocalDate retirementDate) {}

    public record Opening(String unitCode, String unitName, String quotaType, String quotaTypeLabel, int year, int slots) {}

    public record Year(int year, int slots) {}
}
