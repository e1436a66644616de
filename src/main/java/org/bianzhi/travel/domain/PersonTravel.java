package org.bianzhi.travel.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bianzhi.travel.approval.domain.Approval;
import org.bianzhi.travel.crossing.domain.Crossing;
import org.bianzhi.travel.crossing.domain.Trip;
import org.bianzhi.travel.crossing.domain.Trips;
import org.bianzhi.travel.filing.domain.CustodyLedger;
import org.bianzhi.travel.filing.domain.DocumentType;

/**
 * What the travel checks know of one person as of a day: when they were filed (登记备案), the documents they declared,
 * their border crossings, their approved applications and the trips they reported themselves.
 */
public record PersonTravel(long personId, List<Period> filings, List<Document> documents, List<Crossing> crossings,
                           List<Approval> approvals, List<Declaration> declarations) {

    /** A filing row's period: {@code to} exclusive, null while in force. */
    public record Period(LocalDate from, LocalDate to) {
        boolean contains(LocalDate d) {
            return !d.isBefore(from) && (to == null || to.isAfter(d));
        }
    }

    /** A travel_document row as declared by the holder, with its custody ledger's moves known by the day. */
    public record Document(DocumentType type, String number, LocalDate issuedOn, LocalDate declaredOn, CustodyLedger custody) {

        /** A document never handed in. */
        public Document(DocumentType type, String number, LocalDate issuedOn, LocalDate declaredOn) {
            this(type, number, issuedOn, declaredOn, new CustodyLedger(List.of()));
        }

        public String key() {
            return type.name() + ":" + number;
        }
    }

    /**
     * 个人报告的出国（境）情况: a trip the person reported; {@code returnsOn} null: not back when reported;
     * {@code recordedAt} when it was entered (null: not known).
     */
    public record Declaration(LocalDate departsOn, LocalDate returnsOn, LocalDate declaredOn, Instant recordedAt) {

        public Declaration(LocalDate departsOn, LocalDate returnsOn, LocalDate declaredOn) {
            this(departsOn, returnsOn, declaredOn, null);
        }
    }

    /** Filed on day D: a filing row (any status) in force on D. */
    public boolean filedOn(LocalDate d) {
        return d != null && filings.stream().anyMatch(p -> p.contains(d));
    }

    /**
     * The facts as recorded by the horizon's cut-off: crossings and declarations entered later are left out (their
     * readers already ask SQL for no more; this keeps the rules honest for facts built in memory).
     */
    public PersonTravel recordedBy(Horizon h) {
        return new PersonTravel(personId, filings, documents, crossings.stream().filter(c -> h.knows(c.recordedAt())).toList(),
                approvals, declarations.stream().filter(d -> h.knows(d.recordedAt())).toList());
    }

    public List<Trip> trips() {
        return Trips.of(crossings);
    }
}
