package org.bianzhi.roster.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.PlainText;
import org.bianzhi.shared.domain.Recorded;

/**
 * 实际工作岗位: where a person actually works and in which kind of post, which may differ from the unit
 * whose quota they occupy. A 借调 (secondment) carries its approval document and approved end date.
 */
@Entity
@Table(name = "posting")
public class Posting extends PersonRecord {

    @Id
    @SequenceGenerator(name = "posting_seq", sequenceName = "posting_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "posting_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "post_type", nullable = false, length = 30)
    private PostType postType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Arrangement arrangement;

    /** Approved last day of a secondment (借调截止日期). */
    @Column(name = "secondment_end")
    private LocalDate secondmentEnd;

    @Column(name = "approval_document", length = 200)
    private String approvalDocument;

    protected Posting() {
    }

    public Posting(Person person, Long unitId, PostType postType, Arrangement arrangement, LocalDate validFrom,
                   LocalDate secondmentEnd, String approvalDocument, Recorded recorded) {
        super(person, unitId, validFrom, "上岗日期", recorded);
        if (secondmentEnd != null && secondmentEnd.isBefore(validFrom)) {
            throw BianzhiException.invalid("secondmentEnd", "借调截止日期 " + secondmentEnd + " 早于借调起始日期 " + validFrom);
        }
        this.postType = postType;
        this.arrangement = arrangement;
        this.secondmentEnd = secondmentEnd;
        this.approvalDocument = PlainText.blankToNull(approvalDocument);
    }

    public void endOn(LocalDate end) {
        end(end, "该岗位记录");
    }

    @Override
    public Long id() { return id; }
    public PostType postType() { return postType; }
    public Arrangement arrangement() { return arrangement; }
    public LocalDate secondmentEnd() { return secondmentEnd; }
    public String approvalDocument() { return approvalDocument; }
}
