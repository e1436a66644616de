package org.bianzhi.travel.casework.application;

import java.time.LocalDate;
import org.bianzhi.shared.application.Bound;
import org.bianzhi.travel.casework.domain.TravelCase;
import org.bianzhi.travel.casework.domain.TravelCaseHandling;

/** What is submitted for a case of a travel violation. */
public final class CaseCommands {

    private CaseCommands() {
    }

    /**
     * 立案: the person, the problem class, what happened, when found, the person's rank, optionally the finding's key;
     * for 审批把关不严 the responsible unit (a unit code; default: the approving unit of the application the finding
     * names) and the responsible person when registered.
     */
    public record CaseCommand(Long personId, String problemClass, @Bound(chars = TravelCase.MAX_DESCRIPTION) String description, LocalDate foundOn, String cadreRank,
                              @Bound(chars = TravelCase.MAX_KEY) String findingKey, @Bound(chars = 50) String responsibleUnit,
                              Long responsiblePersonId) {}

    /** 处理: the method, the day it was decided and its decision document. */
    public record HandlingCommand(String method, LocalDate decidedOn, String decisionDocument,
                                   @Bound(chars = TravelCaseHandling.MAX_NOTE) String note) {}
}
