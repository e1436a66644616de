package org.bianzhi.travel.application;

import java.time.LocalDate;

/** What is submitted for a case of a travel violation. */
public final class CaseCommands {

    private CaseCommands() {
    }

    /** 立案: the person, the problem class, what happened, when found, the person's rank, optionally the finding's key. */
    public record CaseCommand(Long personId, String problemClass, String description, LocalDate foundOn, String cadreRank,
                              String findingKey) {}

    /** 处理: the method, the day it was decided and its decision document. */
    public record HandlingCommand(String method, LocalDate decidedOn, String decisionDocument, String note) {}
}
