package org.bianzhi.travel.casework.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bianzhi.travel.approval.application.TravelViews.PersonRef;
import org.bianzhi.shared.application.Versioned;

/** What the screen 问题处理 shows. */
public final class CaseViews {

    private CaseViews() {
    }

    public record HandlingView(Long id, String method, String methodLabel, LocalDate decidedOn, String decisionDocument, String note,
                               String recordedBy, Instant recordedAt) {}

    /** A case with its handlings; {@code approvalPossibleFrom}: the first day private travel may be approved again. */
    public record CaseView(Long id, PersonRef person, String problemClass, String problemClassLabel, String findingKey, String description,
                           LocalDate foundOn, String cadreRank, String cadreRankLabel, String responsibleUnitCode, String responsibleUnitName, PersonRef responsiblePerson,
                           String status, String statusLabel, List<HandlingView> handlings,
                           LocalDate approvalPossibleFrom, String recordedBy, Instant recordedAt, long version) implements Versioned {}
}
