package org.bianzhi.travel.approval.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.bianzhi.travel.domain.LateEntry;

/**
 * 个人报告的出国（境）情况: a trip a person reported themselves (in the annual report of personal matters, a
 * self-check), approved or not. A reported trip is not hidden (瞒报); it may still be unapproved.
 */
@Entity
@Table(name = "travel_declaration")
public class TravelDeclaration {

    public static final int MAX_DESTINATIONS = 500;
    public static final int MAX_NOTE = 1000;
    /** How the normalised destinations are joined in their one column. */
    public static final String SEPARATOR = "、";

    @Id
    @SequenceGenerator(name = "travel_declaration_seq", sequenceName = "travel_declaration_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "travel_declaration_seq")
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "departs_on", nullable = false)
    private LocalDate departsOn;

    @Column(name = "returns_on")
    private LocalDate returnsOn;

    @Column(nullable = false, length = MAX_DESTINATIONS)
    private String destinations;

    @Column(name = "declared_on", nullable = false)
    private LocalDate declaredOn;

    @Column(length = MAX_NOTE)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    /** Why a report dated long before it was entered is entered only now (事后补录, V23); null when not late. */
    @Column(name = "late_reason", length = LateEntry.MAX_REASON)
    private String lateReason;

    @Version
    private long version;

    protected TravelDeclaration() {
    }

    public static TravelDeclaration declared(long personId, LocalDate departsOn, LocalDate returnsOn, List<Destination> destinations,
                                             LocalDate declaredOn, String note, String by, Instant at, String lateReason) {
        TravelDeclaration d = new TravelDeclaration();
        d.lateReason = lateReason;
        d.personId = personId;
        d.departsOn = departsOn;
        d.returnsOn = returnsOn;
        d.destinations = String.join(SEPARATOR, destinations.stream().map(Destination::name).toList());
        d.declaredOn = declaredOn;
        d.note = note;
        d.recordedBy = by;
        d.recordedAt = at;
        return d;
    }

    public Long id() { return id; }
    public long personId() { return personId; }
    public LocalDate departsOn() { return departsOn; }
    public LocalDate returnsOn() { return returnsOn; }
    public List<String> destinations() { return Arrays.asList(destinations.split(SEPARATOR)); }
    public LocalDate declaredOn() { return declaredOn; }
    public String note() { return note; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
    public String lateReason() { return lateReason; }
    public long version() { return version; }
}
