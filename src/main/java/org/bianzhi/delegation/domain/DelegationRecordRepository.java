package org.bianzhi.delegation.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** What is recorded about a delegation beside it: notice objections and their re-examinations, evaluations, the audit. */
public interface DelegationRecordRepository {

    void add(Object record);

    List<Objection> objections(Long delegationId);

    Optional<Objection> objection(Long objectionId);

    /** The re-examinations of the objections, oldest first. */
    List<ObjectionReview> reviews(Collection<Long> objectionIds);

    List<MemberEvaluation> evaluations(Collection<Long> delegationIds);

    List<DelegationAudit> audits(Collection<Long> delegationIds);
}
