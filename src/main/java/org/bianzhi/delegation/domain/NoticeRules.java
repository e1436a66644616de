package org.bianzhi.delegation.domain;

import java.time.LocalDate;
import java.util.List;
import org.bianzhi.shared.domain.Check;

/**
 * 公示 (seed 000): a leader's trip is posted for a week before it (公示时间一般为一周); objections may be raised during
 * it, and the unit or the organisation department investigates and re-examines the people (根据调查结果，重新审查).
 * So a delegation with a notice is approved only once the notice has ended, with every objection re-examined, and not
 * while an upheld objection stands against one of its members or against it as a whole.
 */
public final class NoticeRules {

    private NoticeRules() {
    }

    /** An objection as the rules see it: the member it concerns (null: the delegation), its outcome (null: unresolved). */
    public record ObjectionFact(long id, LocalDate receivedOn, Long personId, String personName, String content,
                                ObjectionOutcome outcome) {}

    /** Adds to {@code check} what keeps the delegation from being approved on {@code day}. */
    public static void checkApproval(Check check, LocalDate noticeFrom, LocalDate noticeTo, List<Long> memberIds,
                                     List<ObjectionFact> objections, LocalDate day) {
        if (noticeTo != null && !day.isAfter(noticeTo)) {
            check.require(false, "notice", "公示期 " + noticeFrom + " 至 " + noticeTo + " 尚未结束：公示期满（" + noticeTo.plusDays(1)
                    + " 起）且异议复核完毕后方可批准");
        }
        for (ObjectionFact o : objections) {
            String about = (o.personId() == null ? "对团组" : "对" + o.personName()) + "的异议（" + o.receivedOn() + " 收到：“"
                    + brief(o.content()) + "”）";
            if (o.outcome() == null) {
                check.require(false, "objections", about + "尚未复核，复核前不得批准");
            } else if (o.outcome() == ObjectionOutcome.UPHELD && (o.personId() == null || memberIds.contains(o.personId()))) {
                check.require(false, "objections", about + "经复核成立，团组不能按现有" + (o.personId() == null ? "方案" : "人员")
                        + "批准：请撤销团组" + (o.personId() == null ? "" : "，移出该成员后重新组团报审"));
            }
        }
    }

    /** An objection is received during the notice (公示期内), not after today, and only on a delegation with a notice. */
    public static void checkReceived(Check check, LocalDate noticeFrom, LocalDate noticeTo, LocalDate receivedOn, LocalDate today) {
        if (noticeFrom == null || noticeTo == null) {
            check.require(false, "receivedOn", "该团组没有公示，不能登记公示异议");
            return;
        }
        if (receivedOn == null) return;
        check.require(!receivedOn.isAfter(today), "receivedOn", "收到日期 " + receivedOn + " 不能晚于今天（" + today + "）");
        check.require(!receivedOn.isBefore(noticeFrom) && !receivedOn.isAfter(noticeTo), "receivedOn", "收到日期 " + receivedOn
                + " 不在公示期 " + noticeFrom + " 至 " + noticeTo + " 内：公示期外的反映请按信访举报办理");
    }

    private static String brief(String text) {
        return text.length() <= 30 ? text : text.substring(0, 30) + "…";
    }
}
