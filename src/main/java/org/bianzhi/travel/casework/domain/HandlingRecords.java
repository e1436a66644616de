package org.bianzhi.travel.casework.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.bianzhi.travel.approval.domain.ApprovalRules;

/** The handlings (处理) of people's travel cases, as the approval rules weigh them. */
public interface HandlingRecords {

    List<ApprovalRules.Handling> of(long personId);

    /** Every handling of these people (all people when null), by person. */
    Map<Long, List<ApprovalRules.Handling>> ofPeople(Collection<Long> personIds);
}
