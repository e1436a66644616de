package org.bianzhi.travel.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bianzhi.roster.domain.CadreRank;
import org.bianzhi.travel.filing.domain.CustodyFindings.DocumentFact;
import org.bianzhi.travel.filing.domain.FilingRequirement.Stint;
import org.bianzhi.travel.filing.domain.Filing;
import org.bianzhi.travel.filing.domain.FilingFact;

/**
 * What the checks of filing and custody read, set-wise, as known on a date: qualifying posts, filing versions,
 * documents with their ledgers, the applications a document was checked out for, and border entries. A null
 * {@code personId} reads everyone.
 */
public interface TravelFacts {

    /** Leadership appointments begun by {@code asOf}, cut to the states of their unit that make them qualify. */
    List<Stint> stints(LocalDate asOf, Long personId);

    /**
     * Filing versions begun by the horizon's day and recorded by its cut-off; a report or a closing recorded after
     * the cut-off is not yet there (the version reads as not reported, or open).
     */
    List<FilingFact> filings(Horizon horizon, Long personId);

    default List<FilingFact> filings(LocalDate asOf, Long personId) {
        return filings(Horizon.asOf(asOf), personId);
    }

    /** Documents declared by the horizon's day, each with its moves made by then, all recorded by its cut-off. */
    List<DocumentFact> documents(Horizon horizon, Long personId);

    default List<DocumentFact> documents(LocalDate asOf, Long personId) {
        return documents(Horizon.asOf(asOf), personId);
    }

    /** The approved return date ({@code returns_on}) of each application. */
    Map<Long, LocalDate> returnsOn(Collection<Long> applicationIds);

    /** ENTRY crossings made by {@code asOf} with the documents of the person (everyone), by document subject (TYPE:number). */
    Map<String, List<LocalDate>> entries(Horizon horizon, Long personId);

    default Map<String, List<LocalDate>> entries(LocalDate asOf, Long personId) {
        return entries(Horizon.asOf(asOf), personId);
    }

    /** 现任职务: each person's leadership posts in force on {@code date}, as 单位名称+职务 joined by 、. */
    Map<Long, String> postsOn(Collection<Long> personIds, LocalDate date);

    /** 职务层次 and 户口所在地 of a person on a day (null: not recorded). */
    record PersonFacts(CadreRank rank, String household) {}

    /** Each person's 职务层次 and 户口所在地 in force on {@code date}; people with neither are left out. */
    Map<Long, PersonFacts> personFactsOn(Collection<Long> personIds, LocalDate date);

    /** A private-travel application as a check-out needs it. */
    record Application(long id, long personId, String number, String status, LocalDate departsOn, LocalDate returnsOn) {}

    Optional<Application> application(long id);
}
