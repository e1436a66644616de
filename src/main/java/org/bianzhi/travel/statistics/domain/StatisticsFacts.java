package org.bianzhi.travel.statistics.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.bianzhi.travel.domain.Horizon;

/** What the statistics forms count, read from the module's tables and the registry for a period or a day. */
public interface StatisticsFacts {

    /** A filing in force on the day, with the day the person's first filing began (新增 when inside the period). */
    record Filed(long personId, String category, String status, LocalDate firstFiledOn) {}

    /**
     * A document that counts on the day: declared by then, neither cancelled nor expired. {@code collected}: handed in
     * by the day and not released since (held or out for a trip); {@code held}: in the safe on the day.
     */
    record Document(long personId, String type, boolean collected, boolean held, LocalDate firstHandedIn) {}

    /**
     * One handling (处理) of a case, with the case's problem class and the person's rank; {@code chargedPath}: the path
     * of the unit a case of 审批把关不严 is charged to (null: the person's own), {@code chargedPerson} its responsible
     * person (null: none registered).
     */
    record Handling(long personId, String method, String rank, String problemClass, LocalDate decidedOn, String chargedPath,
                    Long chargedPerson) {

        public Handling(long personId, String method, String rank, String problemClass, LocalDate decidedOn) {
            this(personId, method, rank, problemClass, decidedOn, null, null);
        }
    }

    /** A case (违规问题) opened in the period, on the day it was found; charged as a {@link Handling} is. */
    record Case(long personId, String problemClass, LocalDate foundOn, String chargedPath, Long chargedPerson) {

        public Case(long personId, String problemClass, LocalDate foundOn) {
            this(personId, problemClass, foundOn, null, null);
        }
    }

    /** Filings in force on the horizon's day, as recorded by its cut-off (a report or closing recorded later is not yet there). */
    List<Filed> filedOn(Horizon day);

    default List<Filed> filedOn(LocalDate day) {
        return filedOn(Horizon.asOf(day));
    }

    /** Documents and their custody on the horizon's day, as recorded by its cut-off. */
    List<Document> documentsOn(Horizon day);

    default List<Document> documentsOn(LocalDate day) {
        return documentsOn(Horizon.asOf(day));
    }

    /** Handlings decided in the period and recorded by the cut-off. */
    List<Handling> handlings(LocalDate from, LocalDate to, Horizon recorded);

    default List<Handling> handlings(LocalDate from, LocalDate to) {
        return handlings(from, to, Horizon.asOf(to));
    }

    /** Cases found in the period and recorded by the cut-off. */
    List<Case> casesFound(LocalDate from, LocalDate to, Horizon recorded);

    default List<Case> casesFound(LocalDate from, LocalDate to) {
        return casesFound(from, to, Horizon.asOf(to));
    }

    /** 国家工作人员: people holding a slot (occupancy) on the day, counted per unit path. */
    Map<String, Long> staffByUnitPath(LocalDate day);

    /** A unit row of a form: the unit, and its name on the day. */
    record UnitRow(long id, String code, String name, String path) {}

    /** The unit with this path, named as on the day. */
    java.util.Optional<UnitRow> unitAt(String path, LocalDate day);

    /** The units directly under the unit with this path (null: the top-level units), named as on the day. */
    List<UnitRow> childrenOf(String path, LocalDate day);
}
