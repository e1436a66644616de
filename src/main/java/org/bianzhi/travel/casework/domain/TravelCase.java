package org.bianzhi.travel.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import org.bianzhi.roster.domain.CadreRank;
import org.bianzhi.shared.domain.BianzhiException;

/**
 * 违规问题: a violation of the private-travel rules found for a person, in one of the seven problem classes of seed
 * 002, opened by hand or from a finding of the checks ({@code findingKey}), and handled (处理) by one or more
 * {@link TravelCaseHandling}s; the person's rank when handled counts it in the statistics table. A case of
 * 审批把关不严 ({@link ProblemClass#LAX_APPROVAL}) concerns the traveller's application but is charged to the
 * responsible unit (the approving unit, 审批单位) and, when registered, the responsible person (the approver).
 */
@Entity
@Table(name = "travel_case")
public class TravelCase {

    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_KEY = 300;

    @Id
    @SequenceGenerator(name = "travel_case_seq", sequenceName = "travel_case_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "travel_case_seq")
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "problem_class", nullable = false, length = 30)
    private ProblemClass problemClass;

    @Column(name = "finding_key", length = MAX_KEY)
    private String findingKey;

    @Column(name = "responsible_unit_id")
    private Long responsibleUnitId;

    @Column(name = "responsible_person_id")
    private Long responsiblePersonId;

    @Column(nullable = false, length = MAX_DESCRIPTION)
    private String description;

    @Column(name = "found_on", nullable = false)
    private LocalDate foundOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "cadre_rank", nullable = false, length = 20)
    private CadreRank cadreRank;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseStatus status;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected TravelCase() {}

    public record Details(long personId, ProblemClass problemClass, String findingKey, String description, LocalDate foundOn,
                          CadreRank cadreRank, Long responsibleUnitId, Long responsiblePersonId) {}

    public static TravelCase opened(Details d, String by, Instant at) {
        TravelCase c = new TravelCase();
        c.personId = d.personId();
        c.problemClass = d.problemClass();
        c.findingKey = d.findingKey();
        c.description = d.description();
        c.foundOn = d.foundOn();
        c.cadreRank = d.cadreRank();
        c.responsibleUnitId = d.responsibleUnitId();
        c.responsiblePersonId = d.responsiblePersonId();
        c.status = CaseStatus.OPEN;
        c.recordedBy = by;
        c.recordedAt = at;
        return c;
    }

    /**
     * 处理: one method per handling; several methods may be decided for one case (each counts 人次), the same one
     * twice is refused. The case is handled from its first handling on.
     */
    public TravelCaseHandling handle(Collection<TravelCaseHandling> earlier, HandlingMethod method, LocalDate decidedOn,
                                     String document, String note, String by, Instant at) {
        for (TravelCaseHandling h : earlier) {
            if (h.method() == method) {
                throw BianzhiException.conflict("handling-repeated", "method", "问题编号 " + id + " 已于 " + h.decidedOn()
                        + " 作出“" + method.label() + "”处理（" + h.decisionDocument() + "），同一处理方式不能重复登记");
            }
        }
        status = CaseStatus.HANDLED;
        return TravelCaseHandling.of(id, method, decidedOn, document, note, by, at);
    }

    public Long id() { return id; }
    public long personId() { return personId; }
    public ProblemClass problemClass() { return problemClass; }
    public String findingKey() { return findingKey; }
    public String description() { return description; }
    public LocalDate foundOn() { return foundOn; }
    public CadreRank cadreRank() { return cadreRank; }
    public Long responsibleUnitId() { return responsibleUnitId; }
    public Long responsiblePersonId() { return responsiblePersonId; }
    public CaseStatus status() { return status; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
    public long version() { return version; }
}
