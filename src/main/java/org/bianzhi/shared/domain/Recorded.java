package org.bianzhi.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** Who recorded a fact, when, and on which document (批准文号 / 通知单号). */
@Embeddable
public class Recorded {

    @Column(name = "basis_document", length = 200)
    private String basisDocument;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Recorded() {
    }

    public Recorded(String basisDocument, String recordedBy, Instant recordedAt) {
        this.basisDocument = basisDocument;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** The same entry on a later document (a 报备 or a correction names its own); a blank one keeps this. */
    public Recorded onDocument(String basis) {
        return basis == null || basis.isBlank() ? this : new Recorded(basis.strip(), recordedBy, recordedAt);
    }

    public String basisDocument() { return basisDocument; }

    public String recordedBy() { return recordedBy; }

    public Instant recordedAt() { return recordedAt; }
}
