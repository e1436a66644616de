package org.bianzhi.complaint.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Complaint cases, their history and their yearly case-number counter. */
public interface ComplaintRepository {

    /** Stores a new case, or the changes of a loaded one, with the events it has not stored yet. */
    void store(Complaint complaint);

    Optional<Complaint> find(Long id);

    /** The case with its row locked for a change (two handlers' steps queue instead of overwriting each other). */
    Optional<Complaint> lock(Long id);

    List<ComplaintEvent> history(Long id);

    /** The next case serial of {@code year}: gapless and unique, the counter row stays locked until commit. */
    int nextSerial(int year);

    /** What a list asks for; null fields do not filter. */
    record Filter(ComplaintStatus status, Category category, Long unitId, String handler, LocalDate overdueOn, String text) {}

    List<Complaint> list(Filter filter, int offset, int limit);

    long count(Filter filter);

    /** Ids of cases with a stored reporter value not sealed with {@code currentKeyId}, at most {@code max}, after {@code afterId}. */
    List<Long> sealedWithOtherKey(String currentKeyId, long afterId, int max);
}
