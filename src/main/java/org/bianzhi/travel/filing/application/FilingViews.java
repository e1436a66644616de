package org.bianzhi.travel.filing.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bianzhi.shared.application.Page;
import org.bianzhi.shared.application.Versioned;

/** What the filing and custody screens show. ID numbers are as {@code IdNumberDisclosure} shows them to the caller. */
public final class FilingViews {

    private FilingViews() {
    }

    public record PersonRef(long id, String name, String gender, String genderLabel, String idNumber, LocalDate birthDate, String unitCode,
                            String unitName) {}

    /** A document in short, with where it is on the day asked. */
    public record DocumentRef(long id, String type, String typeLabel, String number, LocalDate expiresOn, LocalDate cancelledOn, String custody, String custodyLabel) {}

    /** A version of a filing; {@code reportDue}: the day it must be reported by (null once reported). */
    public record FilingView(long id, PersonRef person, String category, String categoryLabel, String department, String status, String statusLabel, LocalDate reportedOn,
                             LocalDate reportDue, Long changeOf, LocalDate validFrom, LocalDate validTo, String endReason,
                             String basisDocument, String recordedBy, Instant recordedAt, long version, String post,
                             List<DocumentRef> documents) implements Versioned {}

    /** One version with the person's whole history of versions. */
    public record FilingDetail(FilingView filing, List<FilingView> history) implements Versioned {
        @Override
        public long version() {
            return filing.version();
        }
    }

    /** A version as the change log keeps it: no personal details beyond the person id. */
    public record FilingState(long id, long personId, String category, String department, String status, LocalDate reportedOn,
                              Long changeOf, LocalDate validFrom, LocalDate validTo, String endReason, String basisDocument,
                              long version) {}

    /**
     * 应备人员: who the rule says must be filed on the date, with the post, the suggested category and since when.
     * {@code rank} the 职务层次 on the day (null: not recorded), {@code suggestedCategory} derived from it (null when
     * the rank is not recorded: {@code suggestedCategoryLabel} then says 职级未登记).
     */
    public record RequiredView(PersonRef person, String post, String suggestedCategory, String suggestedCategoryLabel, LocalDate since, boolean filed,
                               Long filingId, String filedCategory, String filedCategoryLabel, String rank, String rankLabel) {}

    public record MovementView(long id, String kind, String kindLabel, LocalDate movedOn, Long applicationId, String note, String basisDocument,
                               String recordedBy, Instant recordedAt) {}

    public record DocumentView(long id, PersonRef person, String type, String typeLabel, String number, LocalDate issuedOn, LocalDate expiresOn,
                               LocalDate declaredOn, LocalDate cancelledOn, String cancelReason, String basisDocument,
                               String custody, String custodyLabel, String recordedBy, Instant recordedAt, long version) implements Versioned {}

    /** A document with its custody ledger. */
    public record DocumentDetail(DocumentView document, List<MovementView> ledger) implements Versioned {
        @Override
        public long version() {
            return document.version();
        }
    }

    /** A document as the change log keeps it. */
    public record DocumentState(long id, long personId, String type, String number, LocalDate issuedOn, LocalDate expiresOn,
                                LocalDate declaredOn, LocalDate cancelledOn, String cancelReason, String custody, long version) {}

    /** 应收数/实收数 of one document type: documents of filed people that should be in custody, and those that are (or out on an approved trip). */
    public record CustodyLine(String type, String typeLabel, long expected, long held, long checkedOut) {}

    public record LedgerEntry(MovementView movement, long documentId, String type, String typeLabel, String number, PersonRef person) {}

    public record CustodySummary(LocalDate asOf, List<CustodyLine> lines, Page<LedgerEntry> movements) {}
}
