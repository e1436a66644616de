package org.bianzhi.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the demo county contains and what was planted in it: the audit of the generated files as of {@link #asOf}
 * should report exactly {@link #violations}, and none of the {@link #nearMisses}.
 *
 * @param units              units in the units file
 * @param people             distinct ID numbers in the roster
 * @param rosterRows         lines of the roster file
 * @param occupancies        占编 records (rows with a quota unit; a DUPLICATE_OCCUPANCY person has two)
 * @param postings           实际工作岗位 records (one per roster row)
 * @param leadershipHolders  rows with a 领导职务
 * @param violations         planted findings, ordered by rule (DOMAIN.md §6 order), unit, ID numbers
 * @param nearMisses         rows that resemble a violation but are lawful (借调 within its term, delayed
 *                           retirement, 编外人员 outside 行政岗位, 挂职), listed under the rule they resemble
 */
public record Manifest(LocalDate asOf, int units, int people, int rosterRows, int occupancies, int postings,
                       int leadershipHolders, List<Planted> violations, List<Planted> nearMisses) {

    /** Rule codes of DOMAIN.md §6 in the order of its table. */
    public static final List<String> RULES = List.of("OVER_QUOTA", "OVER_LEADERSHIP", "MIXED_INSTITUTION_IN_ADMIN_POST",
            "MIXED_NON_CIVIL_SERVANT_ON_ADMIN_QUOTA", "NO_QUOTA_IN_ADMIN_POST", "QUOTA_TYPE_MISUSE",
            "DUPLICATE_OCCUPANCY", "OVERAGE", "SECONDMENT_OVERDUE", "ENTRY_WITHOUT_NOTICE");

    public Manifest {
        violations = List.copyOf(violations);
        nearMisses = List.copyOf(nearMisses);
    }

    /**
     * One planted case.
     *
     * @param rule      DOMAIN.md §6 rule code
     * @param unitCode  the unit the finding names: the quota unit for OVER_QUOTA, MIXED_NON_CIVIL_SERVANT_ON_ADMIN_QUOTA,
     *                  OVERAGE and ENTRY_WITHOUT_NOTICE; the working unit (the organ whose 行政岗位 is taken, the unit
     *                  seconded to) for MIXED_INSTITUTION_IN_ADMIN_POST, NO_QUOTA_IN_ADMIN_POST and SECONDMENT_OVERDUE;
     *                  the unit of the later occupancy for DUPLICATE_OCCUPANCY; the unit for OVER_LEADERSHIP
     * @param idNumbers the persons concerned, sorted: for OVER_QUOTA the latest entrants beyond the quota, for
     *                  OVER_LEADERSHIP all holders of the category, otherwise the one person
     * @param subject   the 编制类型 (OVER_QUOTA) or 职数类别 (OVER_LEADERSHIP) label; null for personal rules
     * @param note      a Chinese explanation with the numbers, for people reading the manifest
     */
    public record Planted(String rule, String unitCode, List<String> idNumbers, String subject, String note) {
        public Planted {
            idNumbers = List.copyOf(idNumbers);
        }
    }

    public List<Planted> violations(String rule) {
        return violations.stream().filter(p -> p.rule().equals(rule)).toList();
    }

    /** Planted violations per rule, every rule of §6 present (0 where none). */
    public Map<String, Integer> countByRule() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String rule : RULES) counts.put(rule, violations(rule).size());
        return counts;
    }
}
