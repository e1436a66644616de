package org.bianzhi.travel.approval.domain;

import org.bianzhi.shared.domain.Labeled;

/** 意见结论: whether the unit's or the discipline-inspection opinion agrees to the trip (同意) or not (不同意). */
public enum OpinionVerdict implements Labeled {
    AGREE("同意"),
    DISAGREE("不同意");

    private final String label;

    OpinionVerdict(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * The verdict an opinion written as text gives (imported files, opinions recorded before verdicts): one beginning
     * with 不同意 or 不予同意 disagrees, any other text agrees; none without text. The V21 migration reads them alike.
     */
    public static OpinionVerdict ofText(String text) {
        if (text == null || text.isBlank()) return null;
        String t = text.strip();
        return t.startsWith("不同意") || t.startsWith("不予同意") ? DISAGREE : AGREE;
    }
}
